package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.eval.TestEvents.coded;
import static org.eventwire.eval.TestEvents.country;
import static org.eventwire.eval.TestEvents.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Json;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.PublishedDate;
import org.eventwire.model.TextSpan;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final GoldLoader LOADER = new GoldLoader();

  private static final ArticleSource FAILING_READER =
      (file, date) -> {
        throw new UnsupportedOperationException("not yet");
      };

  /** Reads the fixture as a wire article, finding credit line and sign-off by their words. */
  private static Article wireArticle(Path file, LocalDate published) {
    try {
      String text = Files.readString(file);
      int credit = text.indexOf("AGENCY FILE");
      int signoff = text.indexOf("kn/ab");
      ArticleLayout layout =
          new ArticleLayout(
              null,
              new TextSpan(credit, text.indexOf('\n', credit)),
              null,
              null,
              new TextSpan(0, text.length()),
              new TextSpan(signoff, signoff + 5));
      return new Article(
          "article",
          text,
          new PublishedDate(published, PublishedDate.Source.OVERRIDE),
          null,
          null,
          null,
          layout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void ploverSentencesAreCodedAsArticlesWithTheirIdsTextAndDates() {
    List<Article> seen = new ArrayList<>();
    Coder coder =
        a -> {
          synchronized (seen) {
            seen.add(a);
          }
          return a.text().contains("agreed") ? List.of(event(PloverType.AGREE).build()) : List.of();
        };
    Evaluator evaluator = new Evaluator(new CodingRunner(coder, 2), FAILING_READER);
    PloverReport report =
        (PloverReport) evaluator.evaluate(LOADER.load(Fixtures.path("plover-mini.jsonl")));

    assertThat(report.suite()).isEqualTo("plover-mini.jsonl");
    assertThat(report.typeRecall()).isEqualTo(new Ratio(1, 4));
    assertThat(seen).extracting(Article::id).containsExactlyInAnyOrder("P-1", "P-2", "P-3", "P-4");
    assertThat(seen)
        .allSatisfy(
            a -> assertThat(a.published().source()).isEqualTo(PublishedDate.Source.METADATA));
  }

  @Test
  void petrarchRecordsMarkedNotToEvaluateAreNeverCoded() {
    List<String> seen = new ArrayList<>();
    Coder coder =
        a -> {
          synchronized (seen) {
            seen.add(a.id());
          }
          return List.of(
              event(PloverType.CONSULT)
                  .actors(coded("x", "ARNGOV"))
                  .recipients(coded("y", "GON"))
                  .cameo("042")
                  .build());
        };
    Evaluator evaluator = new Evaluator(new CodingRunner(coder, 1), FAILING_READER);
    PetrarchReport report =
        (PetrarchReport)
            evaluator.evaluate(LOADER.load(Fixtures.path("petrarch/petrarch-mini.jsonl")));

    assertThat(seen).containsExactly("T-1", "T-2", "T-4");
    assertThat(report.exact()).isEqualTo(new TripleScores(3, 1, 1, 3, 1));
    assertThat(report.baseline().missing()).isEqualTo(1);
    assertThat(report.baseline().baselineRoot()).isEqualTo(new TripleScores(2, 2, 1, 1, 1));
  }

  @Test
  void aSeedArticleIsReadAndItsEventsScoredWithTheMustNotRules() {
    String sentence = "Analysts believe Chile may send salmon experts to Norway in April.";
    Coder coder =
        a ->
            List.of(
                event(PloverType.CONSULT)
                    .actors(country("NOR"))
                    .recipients(country("CHL"))
                    .date("2024-03-05", DatePrecision.DAY)
                    .modality(Modality.ATTRIBUTED)
                    .at("Oslo", "NOR")
                    .build(),
                event(PloverType.CONSULT)
                    .actors(coded("KARI NORDMANN", "NOR"))
                    .recipients(country("CHL"))
                    .date("2024-03-06", DatePrecision.DAY)
                    .evidence(sentence, a.text().indexOf(sentence))
                    .build());
    Evaluator evaluator = new Evaluator(new CodingRunner(coder, 1), EvaluatorTest::wireArticle);
    SeedReport report =
        (SeedReport) evaluator.evaluate(LOADER.load(Fixtures.path("seed/gold.json")));

    assertThat(report.articleId()).isEqualTo("article");
    assertThat(report.required()).isEqualTo(new Ratio(1, 2));
    assertThat(report.unmatched()).hasSize(1);
    assertThat(report.violations())
        .extracting(SeedReport.Violation::rule)
        .containsExactlyInAnyOrder(MustNotRules.PUBLISHED_DATE, MustNotRules.CREDIT_OR_SIGNOFF);
    assertThat(report.notes()).isEmpty();
  }

  @Test
  void whenTheReaderFailsTheSeedArticleIsReadAsPlainTextWithANote() {
    List<Article> seen = new ArrayList<>();
    Evaluator evaluator =
        new Evaluator(
            new CodingRunner(
                a -> {
                  seen.add(a);
                  return List.<Event>of();
                },
                1),
            FAILING_READER);
    SeedReport report =
        (SeedReport) evaluator.evaluate(LOADER.load(Fixtures.path("seed/gold.json")));

    assertThat(seen)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("article");
              assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 3, 6));
              assertThat(a.text()).startsWith("Fishing boats");
            });
    assertThat(report.notes()).hasSize(2).first().asString().contains("not yet");
    assertThat(report.required()).isEqualTo(new Ratio(0, 2));
  }

  @Test
  void recordedEventsAreScoredInsteadOfRunningTheCoder() {
    RecordedEvents recorded =
        RecordedEvents.read(Fixtures.path("plover-mini-events.jsonl"), Json.newMapper());
    Evaluator evaluator = new Evaluator(recorded, FAILING_READER);
    PloverReport report =
        (PloverReport) evaluator.evaluate(LOADER.load(Fixtures.path("plover-mini.jsonl")));

    assertThat(report.typeRecall()).isEqualTo(new Ratio(2, 4));
    assertThat(report.noEvent()).isEqualTo(2);
    assertThat(report.actorAgreement()).isEqualTo(new Ratio(2, 2));
  }
}
