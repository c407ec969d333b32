package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void aByteOrderMarkIsDroppedAndLineEndsBecomeLineFeeds() throws InputProblem {
    byte[] bytes = "\uFEFFone\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8);

    assertThat(decoder.decode(bytes)).isEqualTo("one\ntwo\nthree");
  }

  @Test
  void utf8TextIsKeptAsItIs() throws InputProblem {
    assertThat(decoder.decode("Pyongyang — “quoted”".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("Pyongyang — “quoted”");
  }

  @Test
  void controlCharactersBeyondTheShareMeanBinary() {
    byte[] bytes = "ab\u0001\u0002\u0003\u0004".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> decoder.decode(bytes))
        .isInstanceOf(InputProblem.class)
        .hasMessageContaining("binary");
  }

  @Test
  void aFewTabsAndFormFeedsAreFine() throws InputProblem {
    assertThat(decoder.decode("a\tb\fc".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\tb\fc");
  }
}
