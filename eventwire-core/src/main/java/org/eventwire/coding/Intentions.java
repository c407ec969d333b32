package org.eventwire.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private static final Map<PloverType, String> PROMISE =
      Map.of(
          PloverType.COOPERATE, "031",
          PloverType.SUPPORT, "032",
          PloverType.AID, "033",
          PloverType.CONCEDE, "034",
          PloverType.RETREAT, "035",
          PloverType.CONSULT, "036");
  private static final Map<PloverType, String> THREAT =
      Map.of(
          PloverType.SANCTION, "1312",
          PloverType.COERCE, "132",
          PloverType.ASSAULT, "138",
          PloverType.MOBILIZE, "138",
          PloverType.REJECT, "131",
          PloverType.PROTEST, "131");
  private static final Map<PloverType, String> REFUSAL =
      Map.of(
          PloverType.COOPERATE, "121",
          PloverType.SUPPORT, "120",
          PloverType.AID, "122",
          PloverType.CONCEDE, "124",
          PloverType.RETREAT, "124",
          PloverType.CONSULT, "125");

  private final PloverTypes types;

  Intentions(PloverTypes types) {
    this.types = types;
  }

  /** The statement a planned event implies, if any. */
  Optional<Event> derive(Event e) {
    if (e.modality() != Modality.PLANNED || !selfAnnounced(e)) {
      return Optional.empty();
    }
    PloverType type;
    String cameo;
    if (e.negated()) {
      if (!REFUSAL.containsKey(e.type())) {
        return Optional.empty();
      }
      type = PloverType.REJECT; // "said it would not send troops"
      cameo = REFUSAL.get(e.type());
    } else if (PROMISE.containsKey(e.type())) {
      type = PloverType.AGREE;
      cameo = PROMISE.get(e.type());
    } else if (THREAT.containsKey(e.type())) {
      type = PloverType.THREATEN;
      cameo = THREAT.get(e.type());
    } else {
      return Optional.empty();
    }
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
