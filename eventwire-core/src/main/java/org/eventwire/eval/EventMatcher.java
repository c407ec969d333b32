package org.eventwire.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.Event;

/**
 * Pairs gold events with predicted events. A pair is possible when the predicted type is the gold
 * type or an alternative and the parties fit (see {@link #partiesFit}); required gold events are
 * paired first (a record that fits a required event and an optional one counts for the required),
 * then among possible pairs the best-scoring go first, and each event, gold or predicted, is used
 * at most once.
 */
public final class EventMatcher {

  /** A possible pair and how well it fits. */
  private record Candidate(int gold, int pred, boolean required, int score) {}

  /**
   * Matches gold to predictions.
   *
   * @return for each gold index, the index of its predicted event; unmatched gold is absent
   */
  public Map<Integer, Integer> match(List<GoldEvent> gold, List<Event> predicted) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        if (fits(gold.get(g), predicted.get(p))) {
          candidates.add(
              new Candidate(g, p, gold.get(g).required(), score(gold.get(g), predicted.get(p))));
        }
      }
    }
    candidates.sort(
        Comparator.comparing(Candidate::required)
            .thenComparingInt(Candidate::score)
            .reversed()
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::pred));
    return assign(candidates);
  }

  private static Map<Integer, Integer> assign(List<Candidate> candidates) {
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    Set<Integer> usedPred = new HashSet<>();
    for (Candidate c : candidates) {
      if (!pairs.containsKey(c.gold()) && !usedPred.contains(c.pred())) {
        pairs.put(c.gold(), c.pred());
        usedPred.add(c.pred());
      }
    }
    return Collections.unmodifiableMap(pairs);
  }

  /** True when type and parties allow the pair. */
  public boolean fits(GoldEvent gold, Event pred) {
    return pred.type() != null
        && gold.accepts(pred.type())
        && partiesFit(gold, ActorKeys.of(pred.actors()), ActorKeys.of(pred.recipients()));
  }

  /**
   * Directed gold: gold actors meet predicted actors, and gold recipients are empty or meet
   * predicted recipients. Undirected gold also fits swapped, or when every gold party is among the
   * predicted parties. Empty gold actors fit any actors.
   */
  public static boolean partiesFit(GoldEvent gold, Set<String> actors, Set<String> recipients) {
    if (oriented(gold.actor(), gold.recipient(), actors, recipients)) {
      return true;
    }
    if (gold.directed()) {
      return false;
    }
    Set<String> all = new HashSet<>(actors);
    all.addAll(recipients);
    Set<String> goldParties = new HashSet<>(gold.actor());
    goldParties.addAll(gold.recipient());
    return oriented(gold.recipient(), gold.actor(), actors, recipients)
        || (!goldParties.isEmpty() && all.containsAll(goldParties));
  }

  private static boolean oriented(
      List<String> goldActors,
      List<String> goldRecipients,
      Set<String> actors,
      Set<String> recips) {
    return meets(goldActors, actors) && meets(goldRecipients, recips);
  }

  private static boolean meets(List<String> gold, Set<String> predicted) {
    return gold.isEmpty() || gold.stream().anyMatch(predicted::contains);
  }

  /** Higher for a better fit: exact type, same orientation, then agreeing attributes. */
  static int score(GoldEvent gold, Event pred) {
    int score = gold.type() == pred.type() ? 2 : 1;
    score +=
        oriented(
                gold.actor(),
                gold.recipient(),
                ActorKeys.of(pred.actors()),
                ActorKeys.of(pred.recipients()))
            ? 1
            : 0;
    score += SeedChecks.date(gold, pred) ? 1 : 0;
    score += SeedChecks.factuality(gold, pred) ? 1 : 0;
    score += Boolean.TRUE.equals(SeedChecks.location(gold, pred)) ? 1 : 0;
    return score;
  }
}
