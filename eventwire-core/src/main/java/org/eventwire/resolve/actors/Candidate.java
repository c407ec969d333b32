package org.eventwire.resolve.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A would-be actor found in a phrase: a country, body, organisation or person, with the tokens
 * naming it.
 *
 * @param first first token
 * @param last last token
 * @param name canonical name
 * @param country ISO alpha-3 or null
 * @param cameo CAMEO country code or null
 * @param igo the international body or null
 * @param sector sector fixed by the entry (organisation, person), or null
 * @param fixedCode the complete code when the entry fixes it, else null
 * @param capital true when named by a capital or seat of government (stands for GOV)
 * @param place true when named by a region that alone is a place, not an actor
 * @param rule how it was found ("country", "adjective", "person", "person-former", ...)
 * @param source file and line of the entry
 */
record Candidate(
    int first,
    int last,
    String name,
    String country,
    String cameo,
    Igo igo,
    String sector,
    String fixedCode,
    boolean capital,
    boolean place,
    String rule,
    String source) {

  /** CAMEO sector for people no longer in the office the knowledge base knows them for. */
  static final String FORMER = "ELI";

  /** Unknown country in a code, PETRARCH style. */
  static final String NO_COUNTRY = "---";

  /** The candidate a match names on {@code date}, if it names an actor at all. */
  static Optional<Candidate> of(Match m, LocalDate date, KnowledgeBase kb) {
    KbEntry first = m.entries().get(0);
    return switch (m.kind()) {
      case COUNTRY, ADJECTIVE, CAPITAL -> {
        Country c = (Country) first;
        boolean capital = m.kind() == LexEntry.Kind.CAPITAL;
        String rule = m.kind().name().toLowerCase(java.util.Locale.ROOT);
        yield Optional.of(
            new Candidate(
                m.firstToken(),
                m.lastToken(),
                c.name(),
                c.iso3(),
                c.cameo(),
                null,
                null,
                null,
                capital,
                false,
                rule,
                c.source()));
      }
      case IGO -> {
        Igo igo = (Igo) first;
        yield Optional.of(
            new Candidate(
                m.firstToken(),
                m.lastToken(),
                igo.name(),
                null,
                null,
                igo,
                null,
                null,
                false,
                false,
                "igo",
                igo.source()));
      }
      case REGION -> {
        Region r = (Region) first;
        String cameo = kb.country(r.country()).map(Country::cameo).orElse(r.country());
        yield Optional.of(
            new Candidate(
                m.firstToken(),
                m.lastToken(),
                r.name(),
                r.country(),
                cameo,
                null,
                null,
                null,
                false,
                !r.standsForCountry(),
                "region",
                r.source()));
      }
      case ORGANIZATION -> organization(m, date, kb);
      case PERSON, SURNAME -> person(m, date, kb);
      case SECTOR, NONACTOR -> Optional.empty();
    };
  }

  private static Optional<Candidate> organization(Match m, LocalDate date, KnowledgeBase kb) {
    List<Organization> rows = new ArrayList<>();
    m.entries().forEach(e -> rows.add((Organization) e));
    Organization org = pick(rows, date);
    String cameo =
        org.country().isEmpty()
            ? NO_COUNTRY
            : kb.country(org.country()).map(Country::cameo).orElse(NO_COUNTRY);
    String country = org.country().isEmpty() ? null : org.country();
    return Optional.of(
        new Candidate(
            m.firstToken(),
            m.lastToken(),
            org.name(),
            country,
            cameo,
            null,
            org.sector(),
            cameo + org.sector() + Roles.suffix(org.roles()),
            false,
            false,
            "organization",
            org.source()));
  }

  private static Optional<Candidate> person(Match m, LocalDate date, KnowledgeBase kb) {
    Map<String, List<Person>> byName = new LinkedHashMap<>();
    m.entries()
        .forEach(
            e ->
                byName
                    .computeIfAbsent(((Person) e).name(), k -> new ArrayList<>())
                    .add((Person) e));
    List<Person> chosen = new ArrayList<>();
    for (List<Person> terms : byName.values()) {
      chosen.add(pick(terms, date));
    }
    if (chosen.size() > 1) {
      List<Person> inOffice =
          date == null ? chosen : chosen.stream().filter(p -> p.validOn(date)).toList();
      List<Person> pool = inOffice.isEmpty() ? chosen : inOffice;
      long countries = pool.stream().map(Person::country).distinct().count();
      long sectors = pool.stream().map(Person::sector).distinct().count();
      if (countries > 1 || (sectors > 1 && !inOffice.isEmpty())) {
        return Optional.empty();
      }
      chosen = pool;
    }
    Person p = chosen.get(0);
    String status =
        date == null || p.validOn(date)
            ? "person"
            : p.endedBy(date) ? "person-former" : "person-not-yet-in-office";
    String sector =
        switch (status) {
          case "person" -> p.sector();
          case "person-former" -> FORMER;
          default -> null;
        };
    Optional<Igo> igo = kb.igo(p.country());
    String base = igo.map(Igo::code).orElseGet(() -> kb.country(p.country()).orElseThrow().cameo());
    String code =
        igo.isPresent() && "GOV".equals(sector) ? base : base + (sector == null ? "" : sector);
    return Optional.of(
        new Candidate(
            m.firstToken(),
            m.lastToken(),
            p.name(),
            igo.isPresent() ? null : p.country(),
            igo.isPresent() ? null : base,
            igo.orElse(null),
            sector,
            code,
            false,
            false,
            m.kind() == LexEntry.Kind.SURNAME ? status + "-surname" : status,
            p.source()));
  }

  /**
   * The period valid on {@code date}; with no date the latest; else the latest that ended before
   * it, or failing that the earliest.
   */
  static <T extends Dated> T pick(List<T> periods, LocalDate date) {
    Comparator<T> byStart =
        Comparator.comparing(Dated::from, Comparator.nullsFirst(Comparator.naturalOrder()));
    if (date == null) {
      return periods.stream().max(byStart).orElseThrow();
    }
    return periods.stream()
        .filter(p -> p.validOn(date))
        .findFirst()
        .or(() -> periods.stream().filter(p -> p.endedBy(date)).max(byStart))
        .orElseGet(() -> periods.stream().min(byStart).orElseThrow());
  }

  /** True when the two name the same actor (same country, body or fixed code). */
  boolean sameActorAs(Candidate other) {
    if (fixedCode != null || other.fixedCode != null) {
      return java.util.Objects.equals(fixedCode, other.fixedCode)
          || java.util.Objects.equals(country, other.country) && country != null;
    }
    return java.util.Objects.equals(country, other.country)
        && java.util.Objects.equals(igo, other.igo);
  }
}
