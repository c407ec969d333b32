package org.eventwire.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the coder's actor decisions against the reference gold set: a mention is right when the
 * first decision whose head token lies inside the mention found exactly the expected codes;
 * "missing" when no decision covers it (the mention was not an argument of any coded event).
 */
final class ReferenceScorer {

  /** The outcome for one mention. */
  record Outcome(ReferenceGold.Mention mention, MentionDecision decision, boolean right) {
    String describe() {
      return (right ? "ok   " : decision == null ? "miss " : "wrong")
          + " "
          + mention.kind()
          + " "
          + mention.describe()
          + " want "
          + String.join("|", new java.util.TreeSet<>(mention.expected()))
          + (decision == null
              ? ""
              : " got " + String.join("|", decision.codes()) + " by " + decision.how());
    }
  }

  /** Right / total counts. */
  record Tally(int right, int total) {
    Tally plus(boolean ok) {
      return new Tally(right + (ok ? 1 : 0), total + 1);
    }

    double accuracy() {
      return total == 0 ? 0 : (double) right / total;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%d/%d (%.0f%%)", right, total, 100 * accuracy());
    }
  }

  private final ReferenceGold gold;

  ReferenceScorer(ReferenceGold gold) {
    this.gold = gold;
  }

  List<Outcome> score(Map<String, List<MentionDecision>> decisionsByCase) {
    List<Outcome> out = new ArrayList<>();
    for (ReferenceGold.Mention m : gold.mentions()) {
      int[] span = gold.span(m);
      MentionDecision first = null;
      for (MentionDecision d : decisionsByCase.getOrDefault(m.caseId(), List.of())) {
        if (d.headBegin() >= span[0] && d.headEnd() <= span[1]) {
          first = d;
          break;
        }
      }
      boolean right = first != null && new HashSet<>(first.codes()).equals(m.expected());
      out.add(new Outcome(m, first, right));
    }
    return out;
  }

  /** Accuracy per kind, and overall under the key "all". */
  static Map<String, Tally> byKind(List<Outcome> outcomes) {
    Map<String, Tally> t = new TreeMap<>();
    for (Outcome o : outcomes) {
      t.merge(o.mention().kind(), new Tally(0, 0).plus(o.right()), ReferenceScorer::add);
      t.merge("all", new Tally(0, 0).plus(o.right()), ReferenceScorer::add);
    }
    return t;
  }

  private static Tally add(Tally a, Tally b) {
    return new Tally(a.right() + b.right(), a.total() + b.total());
  }
}
