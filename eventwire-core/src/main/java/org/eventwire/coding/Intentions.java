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
 * stated intent to take negative action is THREATEN). From a planned action whose actors are the
 * ones who announced it, this derives that statement, asserted.
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

  private final PloverTypes types;

  Intentions(PloverTypes types) {
    this.types = types;
  }

  Optional<Event> derive(Event e) {
    if (e.modality() != Modality.PLANNED || e.negated() || !selfAnnounced(e)) {
      return Optional.empty();
    }
    PloverType type;
    String cameo;
    if (PROMISE.containsKey(e.type())) {
      type = PloverType.AGREE;
      cameo = PROMISE.get(e.type());
    } else if (THREAT.containsKey(e.type())) {
      type = PloverType.THREATEN;
      cameo = THREAT.get(e.type());
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new Event(
            EventCoder.id(e.articleId(), e.evidence().sentenceIndex(), e.id().hashCode(), type),
            e.articleId(),
            type,
            null,
            e.contexts(),
            cameo,
            types.info(type).intensity(),
            types.quadClassOf(cameo),
            e.actors(),
            e.recipients(),
            null,
            null,
            null,
            false,
            null,
            Modality.ASSERTED,
            List.of(),
            false,
            List.of(),
            e.evidence(),
            List.of(),
            null));
  }

  /** The claimants, if any, are among the actors: "Israel said it will withdraw". */
  private static boolean selfAnnounced(Event e) {
    if (e.actors().isEmpty()) {
      return false;
    }
    for (ActorRef c : e.claimants()) {
      boolean isActor =
          e.actors().stream().anyMatch(a -> a.code() != null && a.code().equals(c.code()));
      if (!isActor) {
        return false;
      }
    }
    return true;
  }
}
