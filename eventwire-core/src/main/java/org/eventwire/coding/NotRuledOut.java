package org.eventwire.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * "Would not rule out military action", "did not rule out a response": declining to rule out a
 * hostile option (coding/hostile-options.txt) keeps it open, a veiled threat (THREATEN 130), not a
 * negated refusal. The threat is aimed at the refusal's own recipients, else at the party's latest
 * adversary in the article.
 */
final class NotRuledOut {
  private final Set<String> hostile =
      PredicateFinder.loadWordList("eventwire/coding/hostile-options.txt");
  private final PloverTypes types;

  NotRuledOut(PloverTypes types) {
    this.types = types;
  }

  /** The threat a negated "rule out" of a hostile option makes, if it is one. */
  Optional<Event> threat(DependencyGraph g, Trigger t, Event e, Collection<Event> before) {
    int v = t.token();
    boolean ruleOut =
        PredicateFinder.lemma(g.token(v)).equals("rule")
            && g.childrenByRelation(v, "compound:prt").stream()
                .anyMatch(p -> g.token(p).word().equalsIgnoreCase("out"));
    boolean option =
        g.enhancedChildren(v, r -> r.equals("obj")).stream()
            .anyMatch(o -> hostile.contains(PredicateFinder.lemma(g.token(o))));
    if (e.type() != PloverType.REJECT || !e.negated() || !ruleOut || !option) {
      return Optional.empty();
    }
    List<ActorRef> targets = e.recipients().stream().filter(ActorRef::placed).toList();
    if (targets.isEmpty()) {
      List<String> own = e.actors().stream().map(ActorRef::country).toList();
      targets = ReactionTargets.ownAdversary(new ArrayList<>(before), own);
    }
    return Optional.of(
        DerivedEvents.derive(types, e, PloverType.THREATEN, null, "130", e.actors(), targets));
  }
}
