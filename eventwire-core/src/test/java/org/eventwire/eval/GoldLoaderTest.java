package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class GoldLoaderTest {
  private final GoldLoader loader = new GoldLoader();

  @Test
  void aSeedGoldFileLoadsWithItsEventsAndArticlePath() {
    GoldSet.Seed seed = (GoldSet.Seed) loader.load(Fixtures.path("seed/gold.json"));
    SeedGold gold = seed.gold();

    assertThat(gold.published()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(gold.events()).hasSize(3);
    GoldEvent aid = gold.events().get(1);
    assertThat(aid.altTypes()).containsExactly(PloverType.COOPERATE);
    assertThat(aid.datePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(aid.modality()).isEqualTo(Modality.BELIEVED);
    assertThat(gold.events().get(2).actor()).containsExactly("IGO:EU");
    assertThat(gold.events().get(0).directed()).isFalse();
    assertThat(gold.mustNot()).hasSize(1);
    assertThat(seed.articlePath()).isEqualTo(Fixtures.path("seed/article.txt"));
  }

  @Test
  void ploverGoldSentencesLoadWithTypesAndSourceCodes() {
    GoldSet.Plover plover = (GoldSet.Plover) loader.load(Fixtures.path("plover-mini.jsonl"));
    assertThat(plover.records()).hasSize(4);
    PloverRecord first = plover.records().get(0);
    assertThat(first.type()).isEqualTo(PloverType.AGREE);
    assertThat(first.date()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(first.source())
        .extracting(PloverRecord.GoldActor::code)
        .containsExactly("PER", "CHL");
  }

  @Test
  void aPetrarchSuiteLoadsWithItsOwnBaselineRecordsOnly() {
    GoldSet.Petrarch suite =
        (GoldSet.Petrarch) loader.load(Fixtures.path("petrarch/petrarch-mini.jsonl"));
    assertThat(suite.records()).hasSize(4);
    PetrarchRecord first = suite.records().get(0);
    assertThat(first.expected()).containsExactly(new Triple("ARNGOV", "GON", "042"));
    assertThat(first.storyDate()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(suite.records().get(2).evaluate()).isFalse();
    assertThat(suite.records().get(3).expectedError()).isEqualTo("dateline");
    assertThat(suite.baseline()).containsOnlyKeys("T-1", "T-2", "T-4");
    assertThat(suite.baseline().get("T-1").predicted())
        .containsExactly(new Triple("ARN", "GON", "043"));
  }

  @Test
  void aFileInNoKnownFormatIsRejected() {
    assertThatThrownBy(() -> loader.load(Fixtures.path("petrarch/petrarch2-baseline-output.jsonl")))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("not a seed-gold");
  }
}
