package org.eventwire.coding;

import java.util.Set;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Forces deployed at a government's request or invitation come to its aid: "Uganda deployed special
 * forces to Juba at the request of President Kiir" is military protection (PLOVER AID, CAMEO 074),
 * not a show of force against the host.
 */
final class InvitedForces {
  private static final Set<String> ASKED = Set.of("request", "invitation", "behest");

  private InvitedForces() {}

  /** The deployment as aid when an at-phrase names the host's request; else the entry as is. */
  static PredicateEntry recode(DependencyGraph g, Trigger t, PredicateEntry e) {
    if (e.type() != PloverType.MOBILIZE) {
      return e;
    }
    boolean asked =
        g.enhancedChildren(t.token(), r -> r.equals("obl:at") || r.equals("obl:upon")).stream()
            .anyMatch(h -> ASKED.contains(PredicateFinder.lemma(g.token(h))));
    if (!asked) {
      return e;
    }
    return e.recoded(
        PloverType.AID, "peacekeeping", "074", "at the host's request: military protection (074)");
  }
}
