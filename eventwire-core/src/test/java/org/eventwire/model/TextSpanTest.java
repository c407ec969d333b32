package org.eventwire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {

  @Test
  void aSpanCutsItsTextOutOfTheArticle() {
    assertThat(new TextSpan(7, 10).of("Seoul, Dec 13")).isEqualTo("Dec");
  }

  @Test
  void aSpanThatEndsBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> new TextSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
