package org.eventwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventwire.eval.CodingRunner;
import org.eventwire.eval.Evaluator;
import org.eventwire.eval.GoldLoader;
import org.eventwire.eval.PetrarchReport;
import org.eventwire.eval.PloverReport;
import org.eventwire.eval.ReaderArticleSource;
import org.eventwire.eval.SeedReport;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.nlp.NlpConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the coder's scores from falling: the floors below are what the coder measured when they
 * were set (see README, "Where the coder stands"); raise them as the coder improves, never lower
 * them to make a change pass.
 */
class SuiteScoresIT {
  private static final Path SHARED = Path.of(System.getProperty("eventwire.shared", "../shared"));
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static Evaluator evaluator;

  @BeforeAll
  static void loadPipeline() {
    EventPipeline pipeline = Pipelines.standard(NlpConfig.defaults());
    evaluator =
        new Evaluator(
            new CodingRunner(pipeline::code, 2), new ReaderArticleSource(ArticleReader::new));
  }

  @Test
  void theGoldPloverTypeIsAmongTheCodedEventsForAtLeastSeventyPercentOfTheSentences() {
    Path suite = SHARED.resolve("eval/plover-gsr.jsonl");
    assumeTrue(Files.exists(suite), "shared PLOVER suite not present");
    PloverReport r = (PloverReport) evaluator.evaluate(new GoldLoader().load(suite));
    System.out.println("PLOVER GSR type recall: " + r.typeRecall());
    assertThat(r.typeRecall().rate())
        .isGreaterThanOrEqualTo(0.75); // 248/322 on 2026-12-07 (session 7)
  }

  @Test
  void petrarchCountryAndRootTripleScoresDoNotFallBelowTheirFloor() {
    Path suite = SHARED.resolve("eval/petrarch2-gsr-validation.jsonl");
    assumeTrue(Files.exists(suite), "shared PETRARCH2 GSR suite not present");
    PetrarchReport r = (PetrarchReport) evaluator.evaluate(new GoldLoader().load(suite));
    System.out.println("PETRARCH2 GSR country+root: " + r.root());
    // measured 0.698 on 2026-12-07 (session 7); issue 2 asked for 0.60, issue 3 asks for 0.75
    assertThat(r.root().f1()).isGreaterThanOrEqualTo(0.68);
  }

  @Test
  void ourOwnCorpusKeepsItsRequiredRecallAndBreaksFewMustNotRules() throws IOException {
    List<Path> golds;
    try (Stream<Path> files = Files.list(CORPUS)) {
      golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(golds).hasSizeGreaterThanOrEqualTo(40);
    int hits = 0;
    int total = 0;
    int violations = 0;
    for (Path g : golds) {
      SeedReport r = (SeedReport) evaluator.evaluate(new GoldLoader().load(g));
      hits += r.required().hits();
      total += r.required().total();
      violations += r.violations().size();
    }
    System.out.printf(
        "corpus required recall: %d/%d; must-not violations: %d%n", hits, total, violations);
    // session 8 added batch 2 (12 articles, first scored at 21/47 required), session 9 batch 3
    // (12 articles, 17/52 on first contact), session 10 batches 4 and 5 (23/52 and 22/57 on first
    // contact); the floors hold the 96-article corpus: 284/394 (0.72) and 3 violations at the end
    // of session 10, 2026-12-08 (the first 72 articles: 219/285 and 2)
    assertThat((double) hits / total).isGreaterThanOrEqualTo(0.70);
    assertThat(violations).isLessThanOrEqualTo(3);
  }
}
