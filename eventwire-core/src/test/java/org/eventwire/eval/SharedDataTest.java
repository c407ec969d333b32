package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loads the real gold files from the shared folder, when it is present. */
class SharedDataTest {
  private Path eval;
  private final GoldLoader loader = new GoldLoader();

  @BeforeEach
  void findSharedFolder() {
    String shared = System.getProperty("eventwire.shared");
    assumeTrue(shared != null, "eventwire.shared not set");
    eval = Path.of(shared, "eval");
    assumeTrue(Files.isDirectory(eval), "no shared eval folder");
  }

  @Test
  void thePloverGoldStandardHas322Sentences() {
    GoldSet.Plover plover = (GoldSet.Plover) loader.load(eval.resolve("plover-gsr.jsonl"));
    assertThat(plover.records()).hasSize(322);
  }

  @Test
  void thePetrarchGsrSuiteHas78RecordsAndItsBaseline() {
    GoldSet.Petrarch gsr =
        (GoldSet.Petrarch) loader.load(eval.resolve("petrarch2-gsr-validation.jsonl"));
    assertThat(gsr.records()).hasSize(78);
    assertThat(gsr.baseline()).hasSize(78);
  }

  @Test
  void theSeedGoldHasEightRequiredEventsAndItsArticle() {
    GoldSet.Seed seed = (GoldSet.Seed) loader.load(eval.resolve("seed-gold.json"));
    assertThat(seed.gold().events().stream().filter(GoldEvent::required)).hasSize(8);
    assertThat(seed.articlePath()).isRegularFile();
  }

  @Test
  void theBaselineScoresTheGsrSuiteAsItsReadmeSays() {
    GoldSet.Petrarch gsr =
        (GoldSet.Petrarch) loader.load(eval.resolve("petrarch2-gsr-validation.jsonl"));
    PetrarchReport report =
        new PetrarchScorer().score("gsr", gsr.records(), gsr.baseline(), java.util.Map.of());
    assertThat(report.baseline().baselineExact().records()).isEqualTo(63);
    assertThat(report.baseline().baselineExact().exactMatches()).isEqualTo(51);
    assertThat(report.exact().records()).isEqualTo(78);
    assertThat(report.mismatches()).hasSizeGreaterThan(0).hasSizeLessThan(78);
    assertThat(List.of(report.notEvaluated())).containsExactly(0);
  }
}
