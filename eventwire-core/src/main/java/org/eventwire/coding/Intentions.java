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
 * A party's own statement that it will act is an event of its own (PLOVER: a promise is AGREE, a
 * stated intent to take negative action is THREATEN, a stated refusal to cooperate is REJECT). From
 * a planned action whose actors are the ones who announced it, this derives that statement,
 * asserted.
 */
final class Intentions {
  /** Planned acts whose announcement is a promise (AGREE), or when negated a refusal (REJECT). */
  private static final Set<PloverType> COOPERATIVE =
      Set.of(
          PloverType.COOPERATE,
          PloverType.SUPPORT,
          PloverType.AID,
          PloverType.CONCEDE,
          PloverType.RETREAT,
          PloverType.CONSULT);

  /** Planned acts whose announcement is a threat (THREATEN). */
  private static final Set<PloverType> HOSTILE =
      Set.of(
          PloverType.SANCTION,
          PloverType.COERCE,
          PloverType.ASSAULT,
          PloverType.MOBILIZE,
          PloverType.REJECT,
          PloverType.PROTEST);

  private final PloverTypes types;
  private final ActSubcodes subcodes;

  Intentions(PloverTypes types, ActSubcodes subcodes) {
    this.types = types;
    this.subcodes = subcodes;
  }

  /** The statement a planned event implies, if any. */
  Optional<Event> derive(Event e) {
    if (e.modality() != Modality.PLANNED || !selfAnnounced(e)) {
      return Optional.empty();
    }
    PloverType type;
    ActSubcodes.Family family;
    String general;
    if (e.negated()) {
      if (!COOPERATIVE.contains(e.type())) {
        return Optional.empty();
      }
      type = PloverType.REJECT; // "said it would not send troops"
      family = ActSubcodes.Family.REFUSAL;
      general = "120";
    } else if (COOPERATIVE.contains(e.type())) {
      type = PloverType.AGREE;
      family = ActSubcodes.Family.PROMISE;
      general = "030";
    } else if (HOSTILE.contains(e.type())) {
      type = PloverType.THREATEN;
      family = ActSubcodes.Family.THREAT;
      general = "130";
    } else {
      return Optional.empty();
    }
    String cameo = subcodes.of(family, e.cameo()).orElse(general);
    return Optional.of(
        DerivedEvents.derive(types, e, type, null, cameo, e.actors(), e.recipients()));
  }

  /**
   * The claimants, if any, are parties to the plan: "Israel said it will withdraw", "Portugal will
   * back the bid, its president said", "the minister will visit, the host's embassy said". A third
   * party's forecast ("Seoul says Pyongyang will fire") is not the actor's statement; an unnamed
   * source ("diplomatic sources said") does not make it one either.
   */
  private static boolean selfAnnounced(Event e) {
    if (e.actors().isEmpty()) {
      return false;
    }
    for (ActorRef c : e.claimants()) {
      boolean unknown = c.code() == null && c.country() == null && c.igo() == null;
      if (!unknown && !party(e.actors(), c) && !party(e.recipients(), c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean party(List<ActorRef> parties, ActorRef claimant) {
    for (ActorRef p : parties) {
      boolean sameCode = p.code() != null && p.code().equals(claimant.code());
      boolean sameCountry = p.country() != null && p.country().equals(claimant.country());
      boolean sameBody = p.igo() != null && p.igo().equals(claimant.igo());
      if (sameCode || sameCountry || sameBody) {
        return true;
      }
    }
    return false;
  }
}
