package org.eventwire.coding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * A clause that only restates an act of the same type is that act, not a second happening (issue 3,
 * precision):
 *
 * <ul>
 *   <li>a purpose infinitive ("to" + verb) is dropped: "met on Monday to discuss the border",
 *       "travelled to Lima to meet her counterpart" are one meeting each;
 *   <li>a result participle ("-ing" verb) is folded into the act it follows: "shelled the district,
 *       killing eight people" is one attack, whose recipients (when the act names none) and actors
 *       (when the act's resolve to nobody) come from the participle;
 *   <li>a participle on the weapon that is the passive agent of an act of the same type is folded
 *       into it: "was hit by water cannon fired by a coast guard vessel" is one attack.
 * </ul>
 *
 * Both hang as an adverbial clause or open complement from the other predicate, or as a conjunct of
 * such a participle ("killing two and wounding five"). An act of another type stays ("sent troops
 * to fight the rebels" is a deployment and an attack).
 */
final class LikeActClauses {
  private LikeActClauses() {}

  /**
   * The triggers, less the purpose clauses of a trigger of the same type, and less a trigger whose
   * act a by-clause names ("responded in kind by expelling two diplomats" is the expulsion), in
   * order.
   */
  static List<Trigger> dropPurposes(DependencyGraph g, List<Trigger> triggers) {
    Map<Integer, PloverType> typeAt = types(triggers);
    return triggers.stream()
        .filter(t -> !purposeOfLike(g, t, typeAt) && !namedByManner(g, t, typeAt))
        .toList();
  }

  /** A verb with a "by" + gerund clause that is itself a trigger: that clause says the act. */
  private static boolean namedByManner(
      DependencyGraph g, Trigger t, Map<Integer, PloverType> typeAt) {
    if (t.nominal()) {
      return false;
    }
    for (int c : g.childrenByRelation(t.token(), "advcl")) {
      boolean by =
          g.childrenByRelation(c, "mark").stream()
              .anyMatch(m -> g.token(m).word().equalsIgnoreCase("by"));
      if (by && g.token(c).pos().equals("VBG") && typeAt.containsKey(c)) {
        return true;
      }
    }
    for (int n : g.enhancedChildren(t.token(), r -> r.equals("obl:by"))) {
      for (int m : g.childrenByRelation(n, "amod")) { // the parser's "by [expelling] diplomats"
        if (g.token(m).pos().equals("VBG") && typeAt.containsKey(m)) {
          return true;
        }
      }
    }
    return false;
  }

  /** For each result participle, the token of the like act it belongs to. */
  static Map<Integer, Integer> resultsOf(DependencyGraph g, List<Trigger> triggers) {
    Map<Integer, PloverType> typeAt = types(triggers);
    Map<Integer, Integer> out = new LinkedHashMap<>();
    for (Trigger t : triggers) {
      int i = t.token();
      int head = g.head(i);
      if (!t.nominal() && head >= 0 && weaponOfLike(g, i, typeAt, t.entry().type())) {
        out.put(i, g.head(head)); // "hit by water cannon fired by a vessel": one attack
        continue;
      }
      if (t.nominal() || head < 0 || !g.token(i).pos().equals("VBG")) {
        continue;
      }
      String relation = g.baseRelation(i);
      boolean commaConj = // "shelling the city, killing seven": no "and" before the participle
          relation.equals("conj")
              && i > 0
              && g.token(i - 1).word().equals(",")
              && g.token(head).pos().equals("VBG");
      if (relation.equals("conj") && out.containsKey(head)) {
        out.put(i, out.get(head)); // "killing two and wounding five"
      } else if ((clausal(relation) || relation.equals("dep") || commaConj) // "dep" after a comma
          && !infinitive(g, i)
          && typeAt.get(head) == t.entry().type()) {
        out.put(i, head);
      }
    }
    return out;
  }

  /** A participle on the weapon that is the passive agent of a like act: "hit by shells fired". */
  private static boolean weaponOfLike(
      DependencyGraph g, int i, Map<Integer, PloverType> typeAt, PloverType type) {
    int weapon = g.head(i);
    int act = g.head(weapon);
    return g.token(i).pos().equals("VBN")
        && g.baseRelation(i).equals("acl")
        && act >= 0
        && g.enhancedChildren(act, r -> r.equals("obl:agent")).contains(weapon)
        && typeAt.get(act) == type;
  }

  /**
   * The act with what its result participle adds: the participle's recipients when the act names
   * none, its actors when the act's resolve to nobody.
   */
  static Event fold(Event act, Event result) {
    boolean unresolved = act.actors().stream().allMatch(a -> a.code() == null);
    List<ActorRef> actors =
        unresolved && result.actors().stream().anyMatch(a -> a.code() != null)
            ? result.actors()
            : act.actors();
    List<ActorRef> recipients = act.recipients().isEmpty() ? result.recipients() : act.recipients();
    return act.withParties(actors, recipients);
  }

  /** Folds each result participle's record into its act's ({@link #fold(Event, Event)}). */
  static void fold(
      Map<Integer, Integer> results, Map<Integer, String> idByToken, Map<String, Event> out) {
    results.forEach(
        (result, act) -> {
          Event r = out.get(idByToken.get(result));
          Event a = out.get(idByToken.get(act));
          if (r != null && a != null && r != a) {
            out.put(a.id(), fold(a, r));
            out.remove(r.id());
          }
        });
  }

  private static Map<Integer, PloverType> types(List<Trigger> triggers) {
    Map<Integer, PloverType> typeAt = new HashMap<>();
    triggers.forEach(t -> typeAt.put(t.token(), t.entry().type()));
    return typeAt;
  }

  private static boolean purposeOfLike(
      DependencyGraph g, Trigger t, Map<Integer, PloverType> typeAt) {
    int i = t.token();
    return !t.nominal()
        && clausal(g.baseRelation(i))
        && infinitive(g, i)
        && typeAt.get(g.head(i)) == t.entry().type();
  }

  private static boolean clausal(String relation) {
    return relation.equals("advcl") || relation.equals("xcomp");
  }

  private static boolean infinitive(DependencyGraph g, int i) {
    return g.childrenByRelation(i, "mark").stream()
        .anyMatch(m -> g.token(m).word().equalsIgnoreCase("to"));
  }
}
