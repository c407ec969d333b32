package org.eventwire.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * The act a promise or threat verb announces ("promised to send aid to Peru", "vowed to punish
 * Israel", "threatened to impose tariffs on Brazil") is the content of that statement, not a second
 * happening: after coding, it is folded into the statement's record ({@link Intentions#fold}), as
 * an act asked for is left to the request ({@link RequestedActs}).
 */
final class PledgedActs {
  /** How the announced act hangs on the verb: "vowed to retaliate", "pledged that it would". */
  private static final Set<String> CONTENT = Set.of("xcomp", "ccomp");

  private static final Set<PloverType> STATEMENTS = Set.of(PloverType.AGREE, PloverType.THREATEN);

  /** Acts of force a promise can announce ("pledged to expel"). */
  private static final Set<PloverType> FORCE =
      Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.SANCTION);

  private final Set<String> pledgeVerbs;
  private final Set<String> vowVerbs;

  PledgedActs(Set<String> pledgeVerbs, Set<String> vowVerbs) {
    this.pledgeVerbs = Set.copyOf(pledgeVerbs);
    this.vowVerbs = Set.copyOf(vowVerbs);
  }

  /**
   * True when the promise's own clause is an act of force ("pledged to expel the leaders", "vowed
   * to strike"): its target is the one acted against, not a party to the promise.
   */
  static boolean promisesForce(DependencyGraph g, Trigger t, List<Trigger> triggers) {
    for (int x : g.childrenByRelation(t.token(), "xcomp")) {
      for (Trigger o : triggers) {
        if (o.token() == x && FORCE.contains(o.entry().type())) {
          return true;
        }
      }
    }
    return false;
  }

  static PledgedActs loadDefault() {
    return new PledgedActs(
        PredicateFinder.loadWordList("eventwire/coding/pledge-verbs.txt"),
        PredicateFinder.loadWordList("eventwire/coding/vow-verbs.txt"));
  }

  /** For each announced act, the token of the promise or threat verb that announces it. */
  Map<Integer, Integer> pledgeOf(DependencyGraph g, List<Trigger> triggers) {
    Map<Integer, Trigger> byToken = new LinkedHashMap<>();
    triggers.forEach(t -> byToken.put(t.token(), t));
    Map<Integer, Integer> out = new LinkedHashMap<>();
    for (Trigger t : triggers) {
      int gov = g.head(t.token());
      Trigger statement = gov < 0 ? null : byToken.get(gov);
      if (!t.nominal()
          && statement != null
          && !statement.nominal()
          && STATEMENTS.contains(statement.entry().type())
          && pledgeVerbs.contains(PredicateFinder.lemma(g.token(gov)))
          && CONTENT.contains(g.baseRelation(t.token()))) {
        out.put(t.token(), gov);
      }
    }
    return out;
  }

  /** Folds each announced act into its statement's record, where {@code intentions} says so. */
  void fold(
      DependencyGraph g,
      Map<Integer, Integer> pledges,
      Map<Integer, String> idByToken,
      Map<String, Event> out,
      Intentions intentions) {
    pledges.forEach(
        (act, pledge) -> {
          Event a = out.get(idByToken.get(act));
          Event p = out.get(idByToken.get(pledge));
          if (a == null || p == null || a == p) {
            return;
          }
          boolean vow = vowVerbs.contains(PredicateFinder.lemma(g.token(pledge)));
          Optional<Event> folded = intentions.fold(p, a, vow);
          if (folded.isPresent()) {
            out.remove(p.id());
            out.remove(a.id());
            out.put(folded.get().id(), folded.get());
            idByToken.put(pledge, folded.get().id());
            idByToken.put(act, folded.get().id());
          }
        });
  }
}
