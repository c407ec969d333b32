package org.eventwire.coding;

import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/** Small asserted, undated event records for the coding package's unit tests. */
final class TestEvents {
  private TestEvents() {}

  static Event asserted(
      String id,
      PloverType type,
      String cameo,
      List<ActorRef> actors,
      List<ActorRef> recipients,
      Evidence evidence) {
    return new Event(
        id,
        "a",
        type,
        null,
        List.of(),
        cameo,
        1.0,
        1,
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
        evidence,
        List.of(),
        null);
  }
}
