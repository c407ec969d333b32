package org.eventwire.coding;

import java.util.List;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * Builds the verbal event a coded event implies (a promise, a threat, a refusal, an accusation):
 * asserted, undated and unplaced, with the source event's evidence and contexts.
 */
final class DerivedEvents {
  private DerivedEvents() {}

  static Event derive(
      PloverTypes types,
      Event from,
      PloverType type,
      String mode,
      String cameo,
      List<ActorRef> actors,
      List<ActorRef> recipients) {
    return new Event(
        EventCoder.id(
            from.articleId(), from.evidence().sentenceIndex(), from.id().hashCode(), type),
        from.articleId(),
        type,
        mode,
        from.contexts(),
        cameo,
        types.info(type).intensity(),
        types.quadClassOf(cameo),
        actors,
        recipients,
        null,
        null,
        null,
        false,
        null,
        Modality.ASSERTED,
        List.of(),
        false,
        List.of(),
        from.evidence(),
        List.of(),
        null);
  }
}
