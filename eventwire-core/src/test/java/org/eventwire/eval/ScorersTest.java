package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.eval.TestEvents.coded;
import static org.eventwire.eval.TestEvents.event;

import java.util.List;
import java.util.Map;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class ScorersTest {
  private static final List<PloverRecord> PLOVER =
      ((GoldSet.Plover) new GoldLoader().load(Fixtures.path("plover-mini.jsonl"))).records();

  @Test
  void ploverTypeRecallCountsSentencesWhoseGoldTypeWasCodedPerTypeInPloverOrder() {
    Map<String, CodedArticle> coded =
        Map.of(
            "P-1", CodedArticle.ok("P-1", List.of(event(PloverType.AGREE).build())),
            "P-2", CodedArticle.ok("P-2", List.of(event(PloverType.SUPPORT).build())),
            "P-3", CodedArticle.failed("P-3", "boom"));
    PloverReport report = new PloverScorer().score("plover-mini.jsonl", PLOVER, coded);

    assertThat(report.typeRecall()).isEqualTo(new Ratio(1, 4));
    assertThat(report.noEvent()).isEqualTo(2);
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.perType())
        .containsExactly(
            new PloverReport.TypeRow(PloverType.AGREE, new Ratio(1, 2)),
            new PloverReport.TypeRow(PloverType.REQUEST, new Ratio(0, 1)),
            new PloverReport.TypeRow(PloverType.ASSAULT, new Ratio(0, 1)));
    assertThat(report.misses())
        .extracting(PloverReport.Miss::id)
        .containsExactly("P-2", "P-3", "P-4");
  }

  @Test
  void ploverActorAgreementComparesCountryPrefixesOfTheGoldTypesEvents() {
    Map<String, CodedArticle> coded =
        Map.of(
            "P-1",
                CodedArticle.ok(
                    "P-1",
                    List.of(event(PloverType.AGREE).actors(coded("Chile", "CHLGOV")).build())),
            "P-2",
                CodedArticle.ok(
                    "P-2", List.of(event(PloverType.AGREE).actors(coded("Peru", "PER")).build())),
            "P-3", CodedArticle.ok("P-3", List.of(event(PloverType.ASSAULT).build())));
    PloverReport report = new PloverScorer().score("plover-mini.jsonl", PLOVER, coded);

    assertThat(report.typeRecall()).isEqualTo(new Ratio(3, 4));
    assertThat(report.actorAgreement()).isEqualTo(new Ratio(1, 2));
  }

  private static PetrarchRecord record(
      String id, boolean evaluate, String error, Triple... expected) {
    return new PetrarchRecord(
        id, "20010203", "text", List.of(expected), evaluate, error, "Test", null);
  }

  @Test
  void eventsGiveEveryActorRecipientPairWithCodesOnce() {
    var twice =
        event(PloverType.CONSULT)
            .actors(
                coded("a", "ARNGOV"),
                TestEvents.country("GON"),
                new org.eventwire.model.ActorRef("x", null, null, null, null, null))
            .recipients(coded("b", "MOR"))
            .cameo("042")
            .build();
    var noCameo =
        event(PloverType.CONSULT)
            .actors(coded("a", "ARN"))
            .recipients(coded("b", "MOR"))
            .cameo(null)
            .build();

    assertThat(PetrarchScorer.triples(List.of(twice, twice, noCameo)))
        .containsExactly(new Triple("ARNGOV", "MOR", "042"), new Triple("GON", "MOR", "042"));
  }

  @Test
  void triplesScoreExactlyAndAtCountryPlusRoot() {
    List<PetrarchRecord> records =
        List.of(
            record("R1", true, null, new Triple("ARNGOV", "GON", "042")),
            record(
                "R2",
                true,
                null,
                new Triple("ARN", "GON", "190"),
                new Triple("GON", "ARN", "190")));
    Map<String, CodedArticle> coded =
        Map.of(
            "R1",
                CodedArticle.ok(
                    "R1",
                    List.of(
                        event(PloverType.CONSULT)
                            .actors(coded("a", "ARN"))
                            .recipients(coded("b", "GONGOV"))
                            .cameo("043")
                            .build())),
            "R2",
                CodedArticle.ok(
                    "R2",
                    List.of(
                        event(PloverType.ASSAULT)
                            .actors(coded("a", "ARN"))
                            .recipients(coded("b", "GON"))
                            .cameo("190")
                            .build())));
    PetrarchReport report = new PetrarchScorer().score("s", records, Map.of(), coded);

    assertThat(report.exact()).isEqualTo(new TripleScores(2, 0, 1, 2, 3));
    assertThat(report.root()).isEqualTo(new TripleScores(2, 1, 2, 2, 3));
    assertThat(report.root().precision()).isEqualTo(1.0);
    assertThat(report.root().recall()).isEqualTo(2.0 / 3);
    assertThat(report.root().f1()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(report.mismatches())
        .extracting(PetrarchReport.Mismatch::id)
        .containsExactly("R1", "R2");
    assertThat(report.baseline()).isNull();
  }

  @Test
  void unevaluatedRecordsAreSkippedAndExpectedErrorsExpectNothing() {
    List<PetrarchRecord> records =
        List.of(
            record("skip", false, null, new Triple("A", "B", "010")),
            record("err", true, "dateline"),
            record("boom", true, null));
    Map<String, CodedArticle> coded =
        Map.of(
            "err", CodedArticle.ok("err", List.of()),
            "boom", CodedArticle.failed("boom", "IllegalStateException: x"));
    PetrarchReport report = new PetrarchScorer().score("s", records, Map.of(), coded);

    assertThat(report.notEvaluated()).isEqualTo(1);
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.exact()).isEqualTo(new TripleScores(2, 2, 0, 0, 0));
  }

  @Test
  void theBaselineIsScoredOnTheSameRecordsItCoded() {
    List<PetrarchRecord> records =
        List.of(
            record("R1", true, null, new Triple("ARN", "GON", "042")),
            record("R2", true, null, new Triple("ARN", "GON", "190")));
    Map<String, BaselineRecord> baseline =
        Map.of(
            "R1", new BaselineRecord("R1", "s", List.of(new Triple("ARN", "GON", "043")), null),
            "R2", new BaselineRecord("R2", "s", null, null));
    Map<String, CodedArticle> coded =
        Map.of(
            "R1",
            CodedArticle.ok(
                "R1",
                List.of(
                    event(PloverType.CONSULT)
                        .actors(coded("a", "ARN"))
                        .recipients(coded("b", "GON"))
                        .cameo("042")
                        .build())));
    PetrarchReport.Baseline b =
        new PetrarchScorer().score("s", records, baseline, coded).baseline();

    assertThat(b.missing()).isEqualTo(1);
    assertThat(b.oursExact()).isEqualTo(new TripleScores(1, 1, 1, 1, 1));
    assertThat(b.baselineExact()).isEqualTo(new TripleScores(1, 0, 0, 1, 1));
    assertThat(b.baselineRoot()).isEqualTo(new TripleScores(1, 1, 1, 1, 1));
  }

  @Test
  void aNegatedEventNeverHappenedSoItGivesNoTriple() {
    var notMet =
        event(PloverType.CONSULT)
            .actors(coded("a", "ARN"))
            .recipients(coded("b", "MOR"))
            .cameo("040")
            .negated()
            .build();
    assertThat(PetrarchScorer.triples(List.of(notMet))).isEmpty();
  }
}
