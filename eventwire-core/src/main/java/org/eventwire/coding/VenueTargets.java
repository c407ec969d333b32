package org.eventwire.coding;

import java.util.List;
import java.util.Set;
import org.eventwire.nlp.DependencyGraph;

/**
 * A protest held at a foreign mission is aimed at the state the mission represents: "rallied in
 * front of the Japanese Embassy", "gathered outside the US consulate". The buildings are a data
 * file (venue-targets.txt).
 */
final class VenueTargets {
  private final Set<String> buildings;

  VenueTargets(Set<String> buildings) {
    this.buildings = Set.copyOf(buildings);
  }

  static VenueTargets loadDefault() {
    return new VenueTargets(PredicateFinder.loadWordList("eventwire/coding/venue-targets.txt"));
  }

  /** The mission phrases the predicate is placed at, by any preposition; empty if none. */
  List<Integer> missions(DependencyGraph g, int predicate) {
    return g
        .enhancedChildren(predicate, r -> r.startsWith("obl:") || r.startsWith("nmod:"))
        .stream()
        .filter(i -> buildings.contains(PredicateFinder.lemma(g.token(i))))
        .toList();
  }
}
