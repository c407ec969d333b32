package org.eventwire.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventwire.resolve.actors.Country;
import org.eventwire.resolve.actors.Igo;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.resolve.actors.Organization;
import org.eventwire.resolve.actors.Person;

/** Searches the actor knowledge base by name, variant or code, best matches first. */
final class ActorDirectory {

  /**
   * One entry of the knowledge base as the API shows it.
   *
   * @param kind country, igo, organization or person
   * @param name canonical name
   * @param code the CAMEO actor code it resolves to, or null when it has no single one
   * @param country ISO alpha-3, or null
   * @param igo international body key, or null
   * @param sector CAMEO sector, or null
   * @param role a person's office, or null
   * @param from first day the entry holds, or null
   * @param to first day it no longer holds, or null
   * @param variants other names
   */
  record ActorHit(
      String kind,
      String name,
      String code,
      String country,
      String igo,
      String sector,
      String role,
      LocalDate from,
      LocalDate to,
      List<String> variants) {}

  /** A hit with the lower-cased words it can be found by. */
  private record Entry(ActorHit hit, List<String> keys) {}

  private final List<Entry> entries = new ArrayList<>();

  ActorDirectory(KnowledgeBase kb) {
    for (Country c : kb.countries()) {
      add(
          new ActorHit(
              "country", c.name(), c.cameo(), c.iso3(), null, null, null, null, null, c.variants()),
          Stream.concat(Stream.of(c.iso3(), c.cameo()), c.adjectives().stream()));
    }
    for (Igo i : kb.igos()) {
      add(
          new ActorHit(
              "igo", i.name(), i.code(), null, i.key(), null, null, null, null, i.variants()),
          Stream.of(i.key(), i.code()));
    }
    for (Organization o : kb.organizations()) {
      String country = o.country().isEmpty() ? null : o.country();
      add(
          new ActorHit(
              "organization",
              o.name(),
              code(kb, country, o.sector() + String.join("", o.roles())), // EGYOPPMUS
              country,
              null,
              o.sector(),
              null,
              o.from(),
              o.to(),
              o.variants()),
          Stream.of());
    }
    for (Person p : kb.people()) {
      boolean isCountry = kb.country(p.country()).isPresent();
      add(
          new ActorHit(
              "person",
              p.name(),
              code(kb, p.country(), p.sector()),
              isCountry ? p.country() : null,
              isCountry ? null : p.country(),
              p.sector(),
              p.role(),
              p.from(),
              p.to(),
              p.variants()),
          p.surnames().stream());
    }
  }

  private void add(ActorHit hit, Stream<String> more) {
    List<String> keys =
        Stream.concat(Stream.concat(Stream.of(hit.name()), hit.variants().stream()), more)
            .map(s -> s.toLowerCase(Locale.ROOT))
            .toList();
    entries.add(new Entry(hit, keys));
  }

  /** The actor code of a country or body plus a sector, or null. */
  private static String code(KnowledgeBase kb, String countryOrIgo, String sector) {
    if (countryOrIgo == null) {
      return null;
    }
    String base =
        kb.country(countryOrIgo)
            .map(Country::cameo)
            .orElseGet(() -> kb.igo(countryOrIgo).map(Igo::code).orElse(null));
    return base == null ? null : base + (sector == null ? "" : sector);
  }

  /** Up to {@code limit} entries whose name, variant or code contains {@code q}, best first. */
  List<ActorHit> search(String q, int limit) {
    String needle = q.toLowerCase(Locale.ROOT);
    return entries.stream()
        .filter(e -> rank(e, needle) < 3)
        .sorted(
            Comparator.<Entry>comparingInt(e -> rank(e, needle)).thenComparing(e -> e.hit().name()))
        .limit(limit)
        .map(Entry::hit)
        .toList();
  }

  /** 0 exact, 1 prefix, 2 contained, 3 no match. */
  private static int rank(Entry e, String needle) {
    int best = 3;
    for (String k : e.keys()) {
      if (k.equals(needle)) {
        return 0;
      }
      best = Math.min(best, k.startsWith(needle) ? 1 : k.contains(needle) ? 2 : 3);
    }
    return best;
  }
}
