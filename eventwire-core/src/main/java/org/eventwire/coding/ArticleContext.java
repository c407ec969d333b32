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
  private List<ActorRef> previousSubjects = List.of();
  private List<ActorRef> currentSubjects = new ArrayList<>();

  void noteCountry(ActorRef ref) {
    if (ref.country() != null) {
      countries.remove(ref.country());
      countries.put(ref.country(), countryOnly(ref));
    }
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

  /** ISO codes of every country mentioned so far. */
  java.util.Set<String> countryCodes() {
    return java.util.Set.copyOf(countries.keySet());
  }

  void noteSubjects(List<ActorRef> refs) {
    currentSubjects.addAll(refs);
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
