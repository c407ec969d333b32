package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.eval.TestEvents.country;
import static org.eventwire.eval.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class SeedScorerTest {
  private static final SeedGold GOLD =
      ((GoldSet.Seed) new GoldLoader().load(Fixtures.path("seed/gold.json"))).gold();
  private static final String TEXT = "Ministers met in Oslo on Tuesday.";
  private static final Article ARTICLE =
      TestEvents.article(TEXT, LocalDate.of(2024, 3, 6), ArticleLayout.bodyOnly(TEXT));

  private static Event meeting() {
    return event(PloverType.CONSULT)
        .actors(country("CHL"))
        .recipients(country("NOR"))
        .date("2024-03-05", DatePrecision.DAY)
        .modality(Modality.ATTRIBUTED)
        .at("Oslo", "NOR")
        .evidence(TEXT, 0)
        .build();
  }

  private static Event expertsAsFact() {
    return event(PloverType.COOPERATE)
        .actors(country("CHL"))
        .recipients(country("NOR"))
        .date("2024-04", DatePrecision.MONTH)
        .modality(Modality.ASSERTED)
        .at("Bergen", "NOR")
        .sanctioned()
        .build();
  }

  private SeedReport score(Event... events) {
    return new SeedScorer()
        .score("gold.json", GOLD, ARTICLE, CodedArticle.ok("article", List.of(events)), List.of());
  }

  @Test
  void requiredAndOptionalRecallCountMatchedGoldEvents() {
    SeedReport report = score(meeting(), expertsAsFact());
    assertThat(report.required()).isEqualTo(new Ratio(2, 2));
    assertThat(report.optional()).isEqualTo(new Ratio(0, 1));
    assertThat(report.required().toString()).isEqualTo("2/2 (100.0%)");
  }

  @Test
  void attributesAreScoredOnMatchedEvents() {
    SeedReport report = score(meeting(), expertsAsFact());
    assertThat(report.date()).isEqualTo(new Ratio(2, 2));
    assertThat(report.modality()).isEqualTo(new Ratio(1, 2));
    assertThat(report.factuality()).isEqualTo(new Ratio(1, 2));
    assertThat(report.location()).isEqualTo(new Ratio(2, 2));
    assertThat(report.sanctions()).isEqualTo(new Ratio(1, 2));
  }

  @Test
  void eachGoldEventGetsALineWithWhatMatchedIt() {
    SeedReport report = score(meeting());
    assertThat(report.lines()).hasSize(3);
    SeedReport.GoldLine first = report.lines().get(0);
    assertThat(first.gold()).isEqualTo("#1 CONSULT NOR↔CHL 2024-03-05 day attributed @Oslo");
    assertThat(first.predicted()).isEqualTo("CONSULT CHL→NOR 2024-03-05 day attributed @Oslo");
    assertThat(first.dateOk()).isTrue();
    assertThat(report.lines().get(1).matched()).isFalse();
    assertThat(report.lines().get(1).dateOk()).isNull();
  }

  @Test
  void unmatchedPredictionsAndViolationsAreReported() {
    Event stray = event(PloverType.ASSAULT).actors(country("PER")).build();
    SeedReport report = score(meeting(), expertsAsFact(), stray);
    assertThat(report.unmatched()).containsExactly("ASSAULT PER undated asserted");
    assertThat(report.violations())
        .extracting(SeedReport.Violation::rule)
        .containsExactly(MustNotRules.FACTUAL_CLAIM);
  }

  @Test
  void nothingCodedMeansNothingFound() {
    SeedReport report = score();
    assertThat(report.required()).isEqualTo(new Ratio(0, 2));
    assertThat(report.date()).isEqualTo(new Ratio(0, 0));
    assertThat(report.date().rate()).isNull();
  }
}
