package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BodySignatureTest {
  private static final String BODY = TestEvents.RIVER_BODY;

  @Test
  void theSameBodyRetypesetHasTheSameSignature() {
    String retypeset = BODY.toUpperCase().replace(" ", "  \n").replace(".", " .");
    assertThat(BodySignature.of(retypeset)).isEqualTo(BodySignature.of(BODY));
    assertThat(BodySignature.of(retypeset).estimatedJaccard(BodySignature.of(BODY))).isEqualTo(1.0);
  }

  @Test
  void oneChangedWordKeepsTheBodyAboveTheThreshold() {
    BodySignature edited = BodySignature.of(BODY.replace("third", "fourth"));
    assertThat(edited.estimatedJaccard(BodySignature.of(BODY)))
        .isGreaterThanOrEqualTo(BodySignature.THRESHOLD)
        .isLessThan(1.0);
    assertThat(edited.sameText(BodySignature.of(BODY))).isTrue();
  }

  @Test
  void aBodyInOtherWordsIsFarBelowTheThreshold() {
    String other =
        "Two governments that share a river sat down on Monday to discuss how much of its"
            + " water each may take for irrigation, the third such round of talks in twelve"
            + " months, and agreed to survey the river together later in the year.";
    assertThat(BodySignature.of(other).estimatedJaccard(BodySignature.of(BODY))).isLessThan(0.2);
  }

  @Test
  void theSignatureSurvivesItsStoredBytes() {
    BodySignature s = BodySignature.of(BODY);
    assertThat(BodySignature.fromBytes(s.toBytes())).isEqualTo(s);
    assertThat(s.toBytes()).hasSize(BodySignature.HASHES * 4);
    assertThatThrownBy(() -> BodySignature.fromBytes(new byte[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bandKeysAreSharedExactlyWhereTheBandsAgree() {
    long[] a = BodySignature.of(BODY).bandKeys();
    long[] b = BodySignature.of(BODY.replace("third", "fourth")).bandKeys();
    assertThat(a).hasSize(BodySignature.BANDS);
    int shared = 0;
    for (int i = 0; i < a.length; i++) {
      shared += a[i] == b[i] ? 1 : 0;
    }
    assertThat(shared).isBetween(1, BodySignature.BANDS - 1);
  }

  @Test
  void aTextOfFewerWordsThanAShingleHasNoSignature() {
    assertThat(BodySignature.of("Talks held today.")).isNull();
    assertThat(BodySignature.of("  ...  ")).isNull();
  }

  /** The signature of {@link #BODY} with {@code n} values changed, at seeded random positions. */
  private static BodySignature differingIn(int n, long seed) {
    byte[] bytes = BodySignature.of(BODY).toBytes();
    java.nio.IntBuffer values = java.nio.ByteBuffer.wrap(bytes).asIntBuffer();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < BodySignature.HASHES; i++) {
      positions.add(i);
    }
    Collections.shuffle(positions, new Random(seed));
    for (int p : positions.subList(0, n)) {
      values.put(p, values.get(p) ^ 0x5a5a5a5a);
    }
    return BodySignature.fromBytes(bytes);
  }

  private static int sharedBands(BodySignature a, BodySignature b) {
    long[] x = a.bandKeys();
    long[] y = b.bandKeys();
    int shared = 0;
    for (int i = 0; i < x.length; i++) {
      shared += x[i] == y[i] ? 1 : 0;
    }
    return shared;
  }

  @Test
  void everyPairAtTheThresholdSharesTheMinimumOfBandKeysTheLookupAsksFor() {
    BodySignature original = BodySignature.of(BODY);
    assertThat(BodySignature.MIN_SHARED_BANDS).isEqualTo(7);
    for (long seed = 0; seed < 200; seed++) {
      BodySignature edited = differingIn(25, seed);
      assertThat(edited.sameText(original)).isTrue();
      assertThat(sharedBands(original, edited))
          .isGreaterThanOrEqualTo(BodySignature.MIN_SHARED_BANDS);
      assertThat(differingIn(26, seed).sameText(original)).isFalse();
    }
  }
}
