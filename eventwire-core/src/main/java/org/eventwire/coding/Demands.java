package org.eventwire.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * "Washington said Beijing must drop its barriers": an act another party says someone must or
 * should carry out has not happened; the statement is a demand (PLOVER REQUEST, CAMEO 10x with the
 * act's subcode) by the speaker of the one who must act. The act itself is not coded, as an act
 * asked for by a request verb is not ({@link RequestedActs}). Likewise what another party says
 * someone will suffer ("would pay a heavy price", coding/consequence-phrases.txt) is the speaker's
 * threat against them (THREATEN 130).
 */
final class Demands {
  /** Modals of obligation. */
  private static final Set<String> OBLIGATION = Set.of("must", "should");

  /** Modals of a future the speaker foretells. */
  private static final Set<String> FUTURE = Set.of("will", "would", "'ll");

  /** The line number that marks a trigger made for a must-clause the lexicon does not code. */
  private static final int OBLIGATION_LINE = -1;

  private final PloverTypes types;
  private final ActSubcodes subcodes;
  private final ClaimCues cues;

  /** "verb object" lemma pairs of coding/consequence-phrases.txt. */
  private final Set<String> consequences =
      PredicateFinder.loadWordList("eventwire/coding/consequence-phrases.txt");

  Demands(PloverTypes types, ActSubcodes subcodes, ClaimCues cues) {
    this.types = types;
    this.subcodes = subcodes;
    this.cues = cues;
  }

  /**
   * Triggers for must- and should-clauses that a reporting verb governs and that no lexicon row
   * codes ("Russia said Sudan must return the helicopter"): the statement is still a demand, of no
   * particular kind (CAMEO 100). Such a trigger is coded only as that demand.
   */
  List<Trigger> obligations(DependencyGraph g, List<Trigger> triggers) {
    Set<Integer> taken = new HashSet<>();
    triggers.forEach(t -> taken.add(t.token()));
    List<Trigger> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      int up = g.head(v);
      boolean warned = consequence(g, v) && modal(g, v, FUTURE);
      if (taken.contains(v)
          || !g.token(v).pos().equals("VB")
          || !(modal(g, v, OBLIGATION) || warned)
          || up < 0
          || !g.baseRelation(v).equals("ccomp")
          || g.enhancedChildren(v, r -> r.equals("nsubj")).isEmpty()) {
        continue;
      }
      var kind = cues.cue(PredicateFinder.lemma(g.token(up)), 'V');
      if (kind.isPresent() && kind.get() == ClaimCues.Kind.REPORT) {
        String lemma = PredicateFinder.lemma(g.token(v));
        PredicateEntry row =
            warned
                ? statement(
                    lemma,
                    PloverType.THREATEN,
                    "130",
                    "what another party will suffer, said by a named speaker: a threat"
                        + " (consequence-phrases.txt)")
                : statement(
                    lemma,
                    PloverType.REQUEST,
                    "100",
                    "what another party must do, said by a named speaker: a demand");
        out.add(new Trigger(v, row, -1, false));
      }
    }
    return out;
  }

  /** True for a trigger made by {@link #obligations}: it gives a demand or nothing. */
  static boolean onlyADemand(Trigger t) {
    return t.entry().line() == OBLIGATION_LINE;
  }

  /**
   * True when the demand's speakers all have a country or body: "residents said both sides must
   * stop" is a wish, not a party's demand.
   */
  static boolean byAParty(Event demand) {
    return demand.actors().stream().allMatch(a -> a.placed());
  }

  /** A trigger's row for a statement about another party's act, coded by this class only. */
  private static PredicateEntry statement(
      String lemma, PloverType type, String cameo, String note) {
    return new PredicateEntry(
        lemma,
        PredicateEntry.Pos.VERB,
        null,
        Set.of(),
        type,
        null,
        cameo,
        List.of("-"),
        List.of(),
        note,
        OBLIGATION_LINE);
  }

  /** "pay a heavy price", "face consequences": a verb and object of consequence-phrases.txt. */
  private boolean consequence(DependencyGraph g, int v) {
    String verb = PredicateFinder.lemma(g.token(v));
    return g.enhancedChildren(v, r -> r.equals("obj")).stream()
        .anyMatch(o -> consequences.contains(verb + " " + PredicateFinder.lemma(g.token(o))));
  }

  private static boolean modal(DependencyGraph g, int v, Set<String> modals) {
    return g.childrenByRelation(v, "aux").stream()
        .anyMatch(a -> modals.contains(PredicateFinder.lemma(g.token(a))));
  }

  /**
   * The demand an act stated with "must" or "should" makes, when a named speaker other than the
   * act's actors reports it; empty otherwise.
   */
  Optional<Event> demand(DependencyGraph g, Trigger t, Event e, ClaimAnalyzer.Claim claim) {
    boolean warning = onlyADemand(t) && t.entry().type() == PloverType.THREATEN;
    if (!(warning || modal(g, t.token(), OBLIGATION))
        || (claim.kind() != ClaimCues.Kind.REPORT && !warning) // "would": a plan, said by them
        || e.claimants().isEmpty()
        || e.actors().stream().noneMatch(a -> a.code() != null)) {
      return Optional.empty();
    }
    for (ActorRef c : e.claimants()) {
      if (c.code() == null || DerivedEvents.among(e.actors(), c)) {
        return Optional.empty(); // "Japan said it must act" is no demand of another
      }
    }
    if (warning) { // "said the United States would pay a heavy price"
      Event threat =
          DerivedEvents.derive(
              types, e, PloverType.THREATEN, null, "130", e.claimants(), e.actors());
      return Optional.of(
          threat.withExplanation(
              DerivedEvents.noted(e.explain(), "a consequence foretold by another: their threat")));
    }
    String cameo = subcodes.of(ActSubcodes.Family.DEMAND, e.cameo()).orElse("100");
    Event demand =
        DerivedEvents.derive(types, e, PloverType.REQUEST, null, cameo, e.claimants(), e.actors());
    return Optional.of(
        demand.withExplanation(
            DerivedEvents.noted(e.explain(), "must or should, said by another: their demand")));
  }
}
