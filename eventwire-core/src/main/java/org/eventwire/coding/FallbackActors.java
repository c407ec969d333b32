package org.eventwire.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Heads the coder tries when the heads {@link ArgumentFinder} found resolve to nobody: for an
 * actor, appositives, a title the parser hung elsewhere, the subject of a governing verb; for a
 * recipient, whose doing the object names, or whom a statement is addressed to.
 */
final class FallbackActors {
  /** Acts of words, which are said to someone. */
  private static final Set<PloverType> VERBAL =
      Set.of(
          PloverType.REQUEST,
          PloverType.ACCUSE,
          PloverType.PROTEST,
          PloverType.REJECT,
          PloverType.THREATEN);

  private final ArgumentFinder finder;
  private final Set<String> addressing =
      PredicateFinder.loadWordList("eventwire/coding/addressing-verbs.txt");

  FallbackActors(ArgumentFinder finder) {
    this.finder = finder;
  }

  /**
   * Other heads to try when the actor heads found no actor: the appositive beside each head
   * ("Pakistan's envoy, Mohammad Sadiq, held talks"), and for a noun a participle modifies
   * ("adopted a resolution criticizing Iran") the subject of the verb that governs the noun; for a
   * nominal event whose owner or theme names nobody, the subject of the verb it is the object of;
   * for an attack or launch in the passive with no agent, the place it was fired from; for a
   * passive agent that is no party, whoever that agent was wielded by.
   */
  List<Integer> heads(DependencyGraph g, Trigger t, ArgumentFinder.Heads heads) {
    List<Integer> out = new ArrayList<>();
    if (heads.rule().startsWith("nominal") && !heads.rule().equals("nominal-governor-subject")) {
      // "oversaw a firing drill": who oversaw; not "expressed sorrow for the horrific shootings"
      out.addAll(finder.governorSubjects(g, t.token(), true));
    }
    if (launchedWithoutAgent(g, t)) {
      out.addAll(
          g.enhancedChildren(
              t.token(), r -> r.equals("obl:from"))); // "a shell was fired from Gaza"
    }
    for (int h : heads.actors()) {
      if (heads.rule().equals("passive-agent")) {
        out.addAll(whoseAgent(g, h)); // "hit by a missile fired by the rebels": the rebels
      }
      out.addAll(g.childrenByRelation(h, "appos"));
      commaApposition(g, h).ifPresent(out::add);
      if (g.baseRelation(h).equals("appos") && g.head(h) >= 0) {
        out.add(g.head(h));
      }
      int up = g.head(h);
      if (heads.rule().equals("participle-head")
          && up >= 0
          && g.token(up).isVerb()
          && Set.of("obj", "obl").contains(g.baseRelation(h))) {
        List<Integer> subj =
            g.enhancedChildren(up, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"));
        out.addAll(subj.isEmpty() ? finder.inherited(g, up) : subj);
      }
    }
    out.removeAll(heads.actors());
    out.removeAll(heads.recipients());
    return new ArrayList<>(new LinkedHashSet<>(out));
  }

  /**
   * The agent of a participle on a passive agent that is no party, through a raising verb: "blown
   * up by a missile believed to be fired by rebels", "killed by a bomb planted by militants".
   */
  private static List<Integer> whoseAgent(DependencyGraph g, int agent) {
    List<Integer> verbs = new ArrayList<>(g.childrenByRelation(agent, "acl"));
    for (int i = 0; i < verbs.size() && i < 4; i++) {
      int v = verbs.get(i);
      List<Integer> by = g.enhancedChildren(v, r -> r.equals("obl:agent") || r.equals("obl:by"));
      if (!by.isEmpty()) {
        return by;
      }
      verbs.addAll(g.childrenByRelation(v, "xcomp"));
    }
    return List.of();
  }

  /**
   * The one a statement is addressed to when its own target names no state: the object of the verb
   * of meeting it is conjoined with ("summoned the Russian ambassador and demanded the withdrawal
   * of the troops": Russia), for verbal acts (addressing-verbs.txt).
   */
  List<Integer> addressee(DependencyGraph g, Trigger t) {
    int head = g.head(t.token());
    boolean conjoined = !t.nominal() && head >= 0 && g.baseRelation(t.token()).equals("conj");
    if (!conjoined
        || !VERBAL.contains(t.entry().type())
        || !addressing.contains(PredicateFinder.lemma(g.token(head)))) {
      return List.of();
    }
    return g.enhancedChildren(head, r -> r.equals("obj"));
  }

  /**
   * Whose doing the object names, when the object itself is no actor: "condemned Iran's seizure of
   * the tanker", "denounced the attack by the rebels" (possessor, adjective, compound, by-phrase,
   * then of-phrase, then the agent of a participle on it: "the drill staged by the marines").
   */
  static List<Integer> objectOwners(DependencyGraph g, Trigger t) {
    List<Integer> out = new ArrayList<>();
    for (int o : g.enhancedChildren(t.token(), r -> r.equals("obj"))) {
      out.addAll(g.enhancedChildren(o, ArgumentFinder.OWNER::contains));
      if (out.isEmpty()) {
        out.addAll(g.enhancedChildren(o, r -> r.equals("nmod:of")));
      }
      for (int c : g.childrenByRelation(o, "acl")) {
        out.addAll( // "a drill staged by X"
            g.enhancedChildren(c, r -> r.equals("obl:agent") || r.equals("obl:by")));
      }
    }
    return out;
  }

  /**
   * "Pakistan's envoy, Mohammad Sadiq, held talks" when the parser hangs the title phrase on the
   * verb instead of making it the name's appositive: the common noun whose phrase ends right before
   * the comma that opens the subject's phrase, if it too depends on the subject's verb.
   */
  private static Optional<Integer> commaApposition(DependencyGraph g, int subject) {
    int first = g.subtree(subject, r -> false).get(0);
    int verb = g.head(subject);
    if (first < 2 || verb < 0 || !g.token(first - 1).word().equals(",")) {
      return Optional.empty();
    }
    int x = first - 2;
    while (g.head(x) >= 0 && g.head(x) != verb) {
      x = g.head(x);
    }
    boolean title = g.token(x).pos().startsWith("NN") && !g.token(x).isProperNoun();
    return g.head(x) == verb && x != subject && title && g.token(x).ner().equals("O")
        ? Optional.of(x)
        : Optional.empty();
  }

  /** A passive attack or launch verb with no by-agent ("rockets were fired at the town"). */
  private static boolean launchedWithoutAgent(DependencyGraph g, Trigger t) {
    PloverType type = t.entry().type();
    return !t.nominal()
        && (type == PloverType.ASSAULT || type == PloverType.MOBILIZE)
        && !g.childrenByRelation(t.token(), "aux:pass").isEmpty()
        && g.enhancedChildren(t.token(), r -> r.equals("obl:agent")).isEmpty();
  }
}
