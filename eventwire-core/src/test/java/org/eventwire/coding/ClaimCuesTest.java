package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ClaimCuesTest {

  @Test
  void theBundledTableKnowsReportingBeliefAccusationDenialAndPlans() {
    ClaimCues cues = ClaimCues.loadDefault();
    assertThat(cues.cue("say", 'V')).contains(ClaimCues.Kind.REPORT);
    assertThat(cues.cue("believe", 'V')).contains(ClaimCues.Kind.BELIEF);
    assertThat(cues.cue("accuse", 'V')).contains(ClaimCues.Kind.ALLEGE);
    assertThat(cues.cue("deny", 'V')).contains(ClaimCues.Kind.DENY);
    assertThat(cues.cue("will", 'M')).contains(ClaimCues.Kind.PLAN);
    assertThat(cues.cue("imminent", 'J')).contains(ClaimCues.Kind.PLAN);
    assertThat(cues.cue("meet", 'V')).isEmpty();
  }

  @Test
  void aDuplicateCueIsReportedWithItsLine() {
    String tsv = "# c\nsay\tV\treport\nsay\tV\tbelief\n";
    assertThatThrownBy(() -> ClaimCues.load(new StringReader(tsv), "cues.tsv"))
        .hasMessageContaining("cues.tsv:3");
  }

  @Test
  void pennTagsMapToCueClasses() {
    assertThat(ClaimCues.posClass("MD")).isEqualTo('M');
    assertThat(ClaimCues.posClass("VBD")).isEqualTo('V');
    assertThat(ClaimCues.posClass("RB")).isEqualTo('A');
    assertThat(ClaimCues.posClass("JJ")).isEqualTo('J');
    assertThat(ClaimCues.posClass("IN")).isEqualTo('-');
  }
}
