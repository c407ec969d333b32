package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PressNamesTest {
  private final PressNames.Row congo =
      new PressNames.Row("Congo", "COD", "COG", "Republic of the Congo", Set.of("DRC"));

  @Test
  void aShortNameMeansTheOtherStateOnlyWhenTheArticleNamedItAndNotTheUsualOne() {
    assertThat(PressNames.meansOther(congo, Set.of("COG", "CMR"))).isTrue();
    assertThat(PressNames.meansOther(congo, Set.of("COG", "COD"))).isFalse();
    assertThat(PressNames.meansOther(congo, Set.of("RWA"))).isFalse();
  }

  @Test
  void theDefaultTableReadsEveryRow() {
    assertThat(PressNames.loadDefault()).isNotNull();
  }
}
