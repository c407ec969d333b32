package org.eventwire.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Drops a predicate that only states the purpose of a predicate of the same type: "met on Monday to
 * discuss the border", "held talks with Peru to discuss trade", "travelled to Lima to meet her
 * counterpart" are one meeting each, not two (issue 3, precision). A purpose clause is an
 * infinitive ("to" + verb) hanging as an adverbial clause or open complement from the other
 * predicate. An act of another type stays ("sent troops to fight the rebels" is aid and an attack).
 */
final class PurposeClauses {
  private PurposeClauses() {}

  /** The triggers, less those that state the purpose of a trigger of the same type, in order. */
  static List<Trigger> drop(DependencyGraph g, List<Trigger> triggers) {
    Map<Integer, PloverType> typeAt = new HashMap<>();
    triggers.forEach(t -> typeAt.put(t.token(), t.entry().type()));
    return triggers.stream().filter(t -> !purposeOfLike(g, t, typeAt)).toList();
  }

  private static boolean purposeOfLike(
      DependencyGraph g, Trigger t, Map<Integer, PloverType> typeAt) {
    int i = t.token();
    String relation = g.baseRelation(i);
    if (t.nominal() || !(relation.equals("advcl") || relation.equals("xcomp"))) {
      return false;
    }
    boolean infinitive =
        g.childrenByRelation(i, "mark").stream()
            .anyMatch(m -> g.token(m).word().equalsIgnoreCase("to"));
    return infinitive && typeAt.get(g.head(i)) == t.entry().type();
  }
}
