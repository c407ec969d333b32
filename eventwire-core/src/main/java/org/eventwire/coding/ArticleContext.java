package org.eventwire.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventwire.model.ActorRef;

/**
 * What one article has said so far, for reference within it: the countries in play (most recent
 * last), the people already placed ("Kozhemyako" after "Oleg Kozhemyako, governor of ..."), and the
 * subjects of the previous sentence ("They also believe ..."). One instance per article; not shared
 * between threads.
 */
final class ArticleContext {
  private final LinkedHashMap<String, ActorRef> countries = new LinkedHashMap<>();
  private final Map<String, ActorRef> people = new HashMap<>();
  private final List<Placed> placed = new ArrayList<>();
  private List<ActorRef> previousSubjects = List.of();
  private ActorRef issuer;
  private ActorRef home;
  private List<ActorRef> currentSubjects = new ArrayList<>();

  /** Countries named before the current sentence; set when a sentence is scanned. */
  private java.util.Set<String> beforeSentence = java.util.Set.of();

  /** How many sentences have been started, less one: the current sentence's number. */
  private int sentence = -1;

  /** Where each country the current sentence names first appears (token index). */
  private final Map<String, Integer> firstInSentence = new HashMap<>();

  /** A new sentence is scanned: what was named so far is "before" it. */
  void startSentence() {
    sentence++;
    beforeSentence = java.util.Set.copyOf(countries.keySet());
    firstInSentence.clear();
  }

  /** Notes a country the current sentence names at {@code token}. */
  void noteCountryAt(ActorRef ref, int token) {
    noteCountry(ref);
    if (ref.country() != null) {
      firstInSentence.putIfAbsent(ref.country(), token);
    }
  }

  /**
   * Countries the article names only later in the current sentence than {@code token} ("The
   * government thanked China": China, for "the government"): no reference can point to them.
   */
  List<String> namedOnlyAfter(int token) {
    List<String> out = new ArrayList<>();
    firstInSentence.forEach(
        (country, first) -> {
          if (first > token && !beforeSentence.contains(country)) {
            out.add(country);
          }
        });
    return out;
  }

  void noteCountry(ActorRef ref) {
    if (ref.country() != null) {
      countries.remove(ref.country());
      countries.put(ref.country(), countryOnly(ref));
    }
  }

  /**
   * An actor the knowledge base placed earlier in the article.
   *
   * @param ref the actor
   * @param phrase the phrase that named it
   * @param rule the resolution rule (person, organization, igo, country, ...)
   */
  record Placed(ActorRef ref, String phrase, String rule, int sentence) {}

  /** Notes an actor the knowledge base placed, for later definite references ("the regime"). */
  void notePlaced(ActorRef ref, String phrase, String rule) {
    if (ref.code() != null && !ref.code().startsWith("---")) {
      placed.add(new Placed(ref, phrase, rule, sentence));
    }
  }

  /** Every placed actor, most recent first. */
  List<Placed> placed() {
    List<Placed> out = new ArrayList<>(placed);
    java.util.Collections.reverse(out);
    return out;
  }

  /** The latest placed person whose country is not excluded. */
  Optional<ActorRef> latestPerson(List<String> excluding) {
    return placed().stream()
        .filter(p -> p.rule().contains("person") && !excluding.contains(p.ref().country()))
        .map(Placed::ref)
        .findFirst();
  }

  /**
   * The latest body or organisation the knowledge base placed in this sentence or the one before,
   * unless excluded (by country, or by body as {@code IGO:key}): what a neuter "it" points at.
   */
  Optional<ActorRef> latestBody(List<String> excluding) {
    return placed().stream()
        .filter(p -> p.sentence() >= sentence - 1)
        .filter(p -> p.rule().contains("igo") || p.rule().contains("organization"))
        .map(Placed::ref)
        .filter(r -> !excluding.contains(r.country()))
        .filter(r -> r.igo() == null || !excluding.contains("IGO:" + r.igo()))
        .findFirst();
  }

  void notePerson(String name, ActorRef ref) {
    people.put(name.toLowerCase(Locale.ROOT), ref);
  }

  Optional<ActorRef> person(String name) {
    return Optional.ofNullable(people.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The {@code n} most recently mentioned countries, most recent first. */
  List<ActorRef> recentCountries(int n, List<String> excluding) {
    List<ActorRef> all = new ArrayList<>(countries.values());
    List<ActorRef> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && out.size() < n; i--) {
      if (!excluding.contains(all.get(i).country())) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /**
   * The country the dateline's city is in, or null: a wire story's unqualified state organs ("the
   * National Intelligence Service said", datelined Seoul) are that country's.
   */
  ActorRef home() {
    return home;
  }

  void home(String iso3) {
    home = iso3 == null ? null : new ActorRef(iso3, null, iso3, null, null, iso3);
  }

  /** Notes who issued a statement or report ("the General Staff released a statement"). */
  void noteIssuer(ActorRef ref) {
    issuer = ref;
  }

  /** Who issued the latest statement or report, for "the statement said". */
  Optional<ActorRef> issuer() {
    return Optional.ofNullable(issuer);
  }

  /** ISO codes of every country mentioned so far. */
  java.util.Set<String> countryCodes() {
    return java.util.Set.copyOf(countries.keySet());
  }

  void noteSubjects(List<ActorRef> refs) {
    for (ActorRef r : refs) {
      if (currentSubjects.stream().noneMatch(c -> sameActor(c, r))) {
        currentSubjects.add(r);
      }
    }
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a.code() != null ? a.code().equals(b.code()) : a.text().equals(b.text());
  }

  /** The {@code n} latest placed people with distinct codes, most recent first. */
  List<ActorRef> latestPeople(int n) {
    List<ActorRef> out = new ArrayList<>();
    for (Placed p : placed()) {
      if (p.rule().contains("person") && out.stream().noneMatch(o -> sameActor(o, p.ref()))) {
        out.add(p.ref());
      }
      if (out.size() == n) {
        break;
      }
    }
    return out;
  }

  List<ActorRef> previousSubjects() {
    return previousSubjects;
  }

  void endSentence() {
    if (!currentSubjects.isEmpty()) {
      previousSubjects = List.copyOf(currentSubjects);
    }
    currentSubjects = new ArrayList<>();
  }

  private static ActorRef countryOnly(ActorRef r) {
    return new ActorRef(r.text(), null, r.country(), null, null, r.country());
  }
}
