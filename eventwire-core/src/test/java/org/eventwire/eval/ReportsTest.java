package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.eventwire.model.Json;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class ReportsTest {
  private final ObjectMapper mapper = Json.newMapper();

  private static SeedReport seed() {
    return new SeedReport(
        "gold.json",
        "article",
        null,
        new Ratio(1, 2),
        new Ratio(0, 1),
        new Ratio(1, 1),
        new Ratio(0, 1),
        new Ratio(1, 1),
        new Ratio(0, 0),
        new Ratio(1, 1),
        List.of(
            new SeedReport.GoldLine(
                1,
                true,
                "#1 CONSULT NOR↔CHL 2024-03-05 day attributed @Oslo",
                "CONSULT CHL→NOR 2024-03-05 day asserted @Oslo",
                true,
                false,
                true,
                true),
            new SeedReport.GoldLine(
                2, true, "#2 AID CHL→NOR 2024-04 month believed", null, null, null, null, null)),
        List.of("ASSAULT PER undated asserted"),
        List.of(new SeedReport.Violation("published-date", "CONSULT NOR→CHL", "why")),
        List.of());
  }

  private static PloverReport plover() {
    return new PloverReport(
        "plover.jsonl",
        3,
        0,
        new Ratio(2, 3),
        1,
        List.of(new PloverReport.TypeRow(PloverType.AGREE, new Ratio(2, 3))),
        new Ratio(1, 2),
        List.of(new PloverReport.Miss("P-9", PloverType.AGREE, List.of(), null)));
  }

  private static PetrarchReport petrarch() {
    TripleScores s = new TripleScores(4, 2, 3, 4, 5);
    return new PetrarchReport(
        "suite.jsonl",
        5,
        1,
        0,
        s,
        s,
        new PetrarchReport.Baseline(0, s, s, TripleScores.EMPTY, TripleScores.EMPTY),
        List.of(
            new PetrarchReport.Mismatch(
                "T-1", List.of(new Triple("ARN", "GON", "042")), List.of(), null)),
        null);
  }

  @Test
  void aRunRoundTripsThroughJsonWithItsKindsAndRates() throws Exception {
    EvalRun run = new EvalRun(List.of(seed(), plover(), petrarch()), List.of("too low"));
    String json = mapper.writeValueAsString(run);
    JsonNode tree = mapper.readTree(json);

    assertThat(tree.at("/suites/0/kind").asText()).isEqualTo("seed");
    assertThat(tree.at("/suites/1/type_recall/rate").asDouble()).isEqualTo(2.0 / 3);
    assertThat(tree.at("/suites/2/root/f1").isNumber()).isTrue();
    assertThat(tree.at("/suites/0/location/rate").isNull()).isTrue();
    assertThat(mapper.readValue(json, EvalRun.class)).isEqualTo(run);
  }

  @Test
  void theSeedTextShowsEachGoldEventWithATickOrACross() {
    String text = new TextReport(false).render(seed());
    assertThat(text)
        .contains("required events:       1/2 (50.0%)")
        .contains("✓ #1 CONSULT NOR↔CHL 2024-03-05 day attributed @Oslo")
        .contains("got CONSULT CHL→NOR 2024-03-05 day asserted @Oslo  [modality wrong]")
        .contains("✗ #2 AID CHL→NOR 2024-04 month believed")
        .contains("✗ published-date: CONSULT NOR→CHL (why)")
        .contains("unmatched predicted:   1")
        .doesNotContain("ASSAULT PER");
  }

  @Test
  void verboseTextListsTheUnmatchedPredictions() {
    assertThat(new TextReport(true).render(seed())).contains("? ASSAULT PER undated asserted");
  }

  @Test
  void theSuiteTextsShowTheirNumbersAndMisses() {
    TextReport text = new TextReport(false);
    assertThat(text.render(plover()))
        .contains("type recall:           2/3 (66.7%)")
        .contains("AGREE      2/3 (66.7%)")
        .contains("P-9: gold AGREE, coded nothing");
    assertThat(text.render(petrarch()))
        .contains("4 scored, 1 skipped (evaluate=false)")
        .contains("exact codes:           exact 2/4 (50.0%)  P/R/F1 0.750 / 0.600 / 0.667")
        .contains("PETRARCH2, root:")
        .contains("T-1: expected ARN→GON:042, coded none");
  }

  @Test
  void aRunEndsWithItsThresholdVerdict() {
    assertThat(new TextReport(false).render(new EvalRun(List.of(), List.of())))
        .isEqualTo("thresholds: passed\n");
    assertThat(new TextReport(false).render(new EvalRun(List.of(), List.of("x is below y"))))
        .contains("FAILED x is below y");
  }

  @Test
  void thresholdsFailWhenScoresAreLowOrTheirSuiteIsAbsent() {
    Thresholds strict = new Thresholds(0.7, 0.5);
    assertThat(strict.failures(List.of(plover(), petrarch())))
        .containsExactly("plover.jsonl: type recall 0.667 is below 0.700");
    assertThat(new Thresholds(0.6, 0.7).failures(List.of(plover(), petrarch())))
        .containsExactly("suite.jsonl: country+root F1 0.667 is below 0.700");
    assertThat(new Thresholds(0.5, 0.5).failures(List.of(plover(), petrarch()))).isEmpty();
    assertThat(strict.failures(List.of(seed()))).hasSize(2);
    assertThat(Thresholds.none().failures(List.of())).isEmpty();
  }
}
