package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;

class ActorKeysTest {
  private static ActorRef body(String igo, String code) {
    return new ActorRef(igo + " words", igo, null, igo, null, code);
  }

  @Test
  void aUnAgencyAlsoCountsAsTheUnAsTheGoldCodesIt() {
    assertThat(ActorKeys.of(body("UNHCR", "IGOUNOHCR"))).containsExactly("IGO:UNHCR", "IGO:UN");
  }

  @Test
  void theSecurityCouncilKeepsItsOwnKeyOnly() {
    assertThat(ActorKeys.of(body("UNSC", "IGOUNO"))).containsExactly("IGO:UNSC");
  }

  @Test
  void aBodyOutsideTheUnSystemKeepsItsOwnKeyOnly() {
    assertThat(ActorKeys.of(body("NATO", "IGOWSTNAT"))).containsExactly("IGO:NATO");
  }
}
