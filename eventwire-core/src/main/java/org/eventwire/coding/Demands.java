package org.eventwire.coding;

import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * "Washington said Beijing must drop its barriers": an act another party says someone must or
 * should carry out has not happened; the statement is a demand (PLOVER REQUEST, CAMEO 10x with the
 * act's subcode) by the speaker of the one who must act. The act itself is not coded, as an act
 * asked for by a request verb is not ({@link RequestedActs}).
 */
final class Demands {
  /** Modals of obligation. */
  private static final Set<String> OBLIGATION = Set.of("must", "should");

  private final PloverTypes types;
  private final ActSubcodes subcodes;

  Demands(PloverTypes types, ActSubcodes subcodes) {
    this.types = types;
    this.subcodes = subcodes;
  }

  /**
   * The demand an act stated with "must" or "should" makes, when a named speaker other than the
   * act's actors reports it; empty otherwise.
   */
  Optional<Event> demand(DependencyGraph g, Trigger t, Event e, ClaimAnalyzer.Claim claim) {
    boolean obliged =
        g.childrenByRelation(t.token(), "aux").stream()
            .anyMatch(a -> OBLIGATION.contains(PredicateFinder.lemma(g.token(a))));
    if (!obliged
        || claim.kind() != ClaimCues.Kind.REPORT
        || e.claimants().isEmpty()
        || e.actors().stream().noneMatch(a -> a.code() != null)) {
      return Optional.empty();
    }
    for (ActorRef c : e.claimants()) {
      if (c.code() == null || DerivedEvents.among(e.actors(), c)) {
        return Optional.empty(); // "Japan said it must act" is no demand of another
      }
    }
    String cameo = subcodes.of(ActSubcodes.Family.DEMAND, e.cameo()).orElse("100");
    Event demand =
        DerivedEvents.derive(types, e, PloverType.REQUEST, null, cameo, e.claimants(), e.actors());
    return Optional.of(
        demand.withExplanation(
            DerivedEvents.noted(e.explain(), "must or should, said by another: their demand")));
  }
}
