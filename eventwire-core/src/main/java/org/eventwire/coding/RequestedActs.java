package org.eventwire.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.DependencyGraph;

/**
 * An act that one party asks, urges, orders or wants another to carry out has not happened: it is
 * the content of a request, and the request is the event ("urged Moscow to withdraw", "asked the
 * president to help", "wants Beijing to intervene"). Coding it as an act would turn a demand into a
 * fact. The same holds for what one party allows or permits another ("would not give Moscow
 * permission to help"): the permission is the event; and for what a party refuses to do ("refused
 * to give its consent"): the refusal is the event.
 */
final class RequestedActs {
  /** How a requested clause hangs on the request: "asked X to go", "demanded that X go". */
  private static final Set<String> CONTENT = Set.of("xcomp", "ccomp", "acl");

  /** How an act named by a noun hangs on what asks for it: "called for the release". */
  private static final Set<String> FOR = Set.of("obl:for", "nmod:for");

  private final ClaimCues cues;

  RequestedActs(ClaimCues cues) {
    this.cues = cues;
  }

  /**
   * The CAMEO codes of the acts in content clauses, by the token that governs the clause: the act a
   * request asks for ("urged Kyiv to free the sailors": urged → the release's 0841), a promise or
   * refusal states ("agreed to lift sanctions", "refused to free them") or a threat announces.
   */
  static Map<Integer, String> actsByGovernor(DependencyGraph g, List<Trigger> triggers) {
    Map<Integer, String> acts = new HashMap<>();
    for (Trigger t : triggers) {
      int clause = clause(g, t);
      int gov = g.head(clause);
      if (gov >= 0 && (CONTENT.contains(g.baseRelation(clause)) || toClause(g, clause))) {
        acts.putIfAbsent(gov, t.entry().cameo());
      }
      for (Dependency d : t.nominal() ? g.enhancedIn(t.token()) : List.<Dependency>of()) {
        if (FOR.contains(d.relation())) {
          acts.putIfAbsent(d.governor(), t.entry().cameo()); // "called for the release of"
        }
      }
    }
    return acts;
  }

  /** The rule that makes the trigger a requested act, or null when it is not one. */
  String rule(DependencyGraph g, Trigger t, List<Trigger> triggers) {
    for (Dependency d : t.nominal() ? g.enhancedIn(t.token()) : List.<Dependency>of()) {
      if (FOR.contains(d.relation()) && isRequest(d.governor(), triggers)) {
        return "asked for by '" + g.token(d.governor()).word() + "'"; // "called for the release"
      }
    }
    int clause = clause(g, t);
    int gov = g.head(clause);
    if (gov < 0 || !(CONTENT.contains(g.baseRelation(clause)) || toClause(g, clause))) {
      return null;
    }
    for (Trigger o : triggers) {
      if (o.token() == gov && o.entry().type() == PloverType.REQUEST) {
        return "content of the request '" + g.token(gov).word() + "'";
      }
      if (o.token() == gov
          && !o.nominal()
          && o.entry().type() == PloverType.REJECT
          && g.baseRelation(clause).equals("xcomp")) {
        return "content of the refusal '" + g.token(gov).word() + "'"; // "refused to give consent"
      }
      if ((o.token() == gov || o.object() == gov)
          && o.entry().type() == PloverType.CONCEDE
          && !g.relation(clause).equals("acl:relcl")) {
        return "content of the permission '" + g.token(gov).word() + "'"; // "allowed X to help"
      }
    }
    if (g.token(gov).isVerb()
        && g.baseRelation(clause).equals("xcomp")
        && !g.childrenByRelation(gov, "obj").isEmpty()
        && cues.cue(PredicateFinder.lemma(g.token(gov)), 'V')
            .map(k -> k == ClaimCues.Kind.PLAN)
            .orElse(false)) {
      return "wished of another party by '" + g.token(gov).word() + "'"; // "wants Putin to attack"
    }
    return null;
  }

  private static boolean isRequest(int token, List<Trigger> triggers) {
    return triggers.stream()
        .anyMatch(o -> o.token() == token && o.entry().type() == PloverType.REQUEST);
  }

  /** The clause the trigger heads, up through coordination: "asked X to stop and withdraw". */
  private static int clause(DependencyGraph g, Trigger t) {
    int clause = t.token();
    while (g.head(clause) >= 0 && g.relation(clause).startsWith("conj")) {
      clause = g.head(clause);
    }
    return clause;
  }

  /** "called on allies to supply", parsed as an adverbial clause with "to". */
  private static boolean toClause(DependencyGraph g, int clause) {
    return g.baseRelation(clause).equals("advcl")
        && g.childrenByRelation(clause, "mark").stream()
            .anyMatch(m -> g.token(m).word().equalsIgnoreCase("to"));
  }
}
