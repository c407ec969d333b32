package org.eventwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.eval.CodingRunner;
import org.eventwire.eval.Evaluator;
import org.eventwire.eval.GoldLoader;
import org.eventwire.eval.ReaderArticleSource;
import org.eventwire.eval.SeedReport;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.nlp.NlpConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the shared seed article, scored against its gold. Runs only when the shared
 * reference folder is present (it is not part of the repository).
 */
class SeedArticleIT {
  private static final Path SHARED = Path.of(System.getProperty("eventwire.shared", "../shared"));
  private static final Path GOLD = SHARED.resolve("eval/seed-gold.json");
  private static EventPipeline pipeline;

  @BeforeAll
  static void loadPipeline() {
    assumeTrue(Files.exists(GOLD), "shared seed gold not present");
    pipeline = Pipelines.standard(NlpConfig.defaults());
  }

  private static SeedReport score() {
    Evaluator evaluator =
        new Evaluator(
            new CodingRunner(pipeline::code, 1), new ReaderArticleSource(ArticleReader::new));
    return (SeedReport) evaluator.evaluate(new GoldLoader().load(GOLD));
  }

  @Test
  void atLeastSevenOfTheEightRequiredEventsComeOutAndNoMustNotRuleIsBroken() {
    SeedReport report = score();
    assertThat(report.required().hits()).as(report.lines().toString()).isGreaterThanOrEqualTo(7);
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void withoutADateTheSameEventsComeOutDatedWithTheInferredYear() {
    Path article = GOLD.getParent().resolve("../seed/efe-2023-12-13-north-korea-russia.txt");
    List<Event> dated =
        code(article, ReaderOptions.defaults().withDate(java.time.LocalDate.of(2023, 12, 13)));
    List<Event> undated = code(article, ReaderOptions.defaults());
    assertThat(summaries(undated)).isEqualTo(summaries(dated));
  }

  private static List<Event> code(Path file, ReaderOptions options) {
    List<Event> out = new ArrayList<>();
    new ArticleReader(options)
        .read(
            file,
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                Article a = ok.article();
                out.addAll(pipeline.code(a));
              }
            });
    return out;
  }

  private static List<String> summaries(List<Event> events) {
    return events.stream().map(e -> e.type() + " " + e.date() + " " + e.modality()).toList();
  }
}
