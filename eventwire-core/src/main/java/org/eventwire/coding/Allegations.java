package org.eventwire.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * A party that says another party used force or coercion, or did what a sanctions measure forbids,
 * is accusing it (CAMEO 112x, PLOVER ACCUSE allege): "the US said Iraq had attacked", "the monitor
 * said government forces shelled the town", "Washington said Tehran had delivered missiles to
 * Russia" (an arms transfer the screen flags). From such an attributed or alleged act this derives
 * the accusation, asserted, with the claimants as actors and the alleged perpetrators as
 * recipients, beside the act itself, which becomes the accuser's claim (alleged) when it was
 * attributed.
 *
 * <p>Not derived when the claimant is among the perpetrators (a claim of one's own act is no
 * accusation), when a claimant is unresolved or of no known country or body ("officials said": no
 * identifiable accuser) or a news outlet (media report, they do not accuse), or for acts that are
 * neither hostile and material nor flagged by the sanctions screen.
 */
final class Allegations {
  private static final Set<PloverType> HOSTILE = Set.of(PloverType.ASSAULT, PloverType.COERCE);
  private static final Set<Modality> CLAIMED = Set.of(Modality.ALLEGED, Modality.ATTRIBUTED);

  private final PloverTypes types;

  Allegations(PloverTypes types) {
    this.types = types;
  }

  /** The accusation an alleged hostile act implies, if any. */
  Optional<Event> derive(Event e) {
    if (!(HOSTILE.contains(e.type()) || !e.sanctions().isEmpty())
        || !CLAIMED.contains(e.modality())
        || e.negated()
        || e.claimants().isEmpty()
        || !resolved(e.actors())) {
      return Optional.empty();
    }
    for (ActorRef c : e.claimants()) {
      boolean identified = c.code() != null && c.placed();
      if (!identified || "MED".equals(c.sector()) || DerivedEvents.among(e.actors(), c)) {
        return Optional.empty();
      }
    }
    String cameo = e.type() == PloverType.ASSAULT ? "1123" : "112";
    PloverType type = PloverType.ACCUSE;
    return Optional.of(
        DerivedEvents.derive(types, e, type, "allege", cameo, e.claimants(), e.actors()));
  }

  /**
   * The act an accusation was derived from, as the accuser's claim: a party's word about its
   * adversary's act is alleged, not a fact known through a source (contract: attributed is for a
   * source that reports, alleged for a party's claim about another's action).
   */
  static Event claimed(Event act) {
    return act.modality() == Modality.ATTRIBUTED
        ? act.asAlleged(
            "alleged: a party's claim about another party's act"
                + (act.explain() == null ? "" : " (" + act.explain().claim() + ")"))
        : act;
  }

  private static boolean resolved(List<ActorRef> actors) {
    return !actors.isEmpty() && actors.stream().allMatch(a -> a.code() != null);
  }
}
