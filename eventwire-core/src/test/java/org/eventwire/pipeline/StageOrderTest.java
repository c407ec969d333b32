package org.eventwire.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageOrderTest {

  private record Fake(String name, Set<Capability> requires, Set<Capability> provides)
      implements Stage<Object, Object> {
    @Override
    public Object apply(Object input) {
      return input;
    }
  }

  private static final Fake PREPARE =
      new Fake("prepare", Set.of(Capability.ARTICLE), Set.of(Capability.CODABLE_TEXT));
  private static final Fake ANALYZE =
      new Fake("analyze", Set.of(Capability.CODABLE_TEXT), Set.of(Capability.ANALYSIS));
  private static final Fake CODE =
      new Fake("code", Set.of(Capability.ANALYSIS), Set.of(Capability.EVENTS));

  @Test
  void stagesInDataFlowOrderAreAccepted() {
    assertThatCode(() -> StageOrder.check(List.of(PREPARE, ANALYZE, CODE)))
        .doesNotThrowAnyException();
  }

  @Test
  void aStageBeforeWhatItNeedsIsRejectedAtStartUpWithItsName() {
    assertThatThrownBy(() -> StageOrder.check(List.of(PREPARE, CODE, ANALYZE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'code'")
        .hasMessageContaining("ANALYSIS");
  }
}
