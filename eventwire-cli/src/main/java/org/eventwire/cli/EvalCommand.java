package org.eventwire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.eventwire.eval.CodingRunner;
import org.eventwire.eval.EvalRun;
import org.eventwire.eval.Evaluator;
import org.eventwire.eval.EventSource;
import org.eventwire.eval.GivenParses;
import org.eventwire.eval.GoldLoader;
import org.eventwire.eval.GoldSet;
import org.eventwire.eval.PetrarchReport;
import org.eventwire.eval.ReaderArticleSource;
import org.eventwire.eval.RecordedEvents;
import org.eventwire.eval.SuiteReport;
import org.eventwire.eval.TextReport;
import org.eventwire.eval.Thresholds;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Json;
import org.eventwire.nlp.GivenParseAnalyzer;
import org.eventwire.nlp.ParseUses;
import org.eventwire.nlp.TextAnalyzer;
import org.eventwire.nlp.TreebankParses;
import org.eventwire.pipeline.EventPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventwire eval}: scores the coder (or a file of its output) against gold files and the
 * third-party suites. Exit status 0 when every threshold is met, 1 when one is not, 2 on bad input.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score coded events against gold: seed-gold JSON, PLOVER GSR, PETRARCH suites.")
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description = "Score these JSON Lines event records instead of running the coder.")
  Path events;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Coder threads (default ${DEFAULT-VALUE}).")
  int threads = CodingRunner.DEFAULT_THREADS;

  @Option(
      names = "--given-parses",
      description =
          "Code each PETRARCH suite record on the Penn-Treebank parse the suite gives it (field"
              + " parse) where its leaves match our tokens, instead of CoreNLP's parse; the report"
              + " says how many were used and (--verbose) why the others fell back.")
  boolean givenParses;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "List every miss and unmatched event.")
  boolean verbose;

  @Option(
      names = "--min-plover-recall",
      paramLabel = "X",
      description = "Fail unless PLOVER type recall is at least X (0..1).")
  Double minPloverRecall;

  @Option(
      names = "--min-petrarch-root-f1",
      paramLabel = "X",
      description = "Fail unless country+root F1 is at least X (0..1) on every PETRARCH suite.")
  Double minPetrarchRootF1;

  @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold files to score against.")
  List<Path> gold = new ArrayList<>();

  private final Function<UnaryOperator<TextAnalyzer>, EventPipeline> pipeline;
  private final Function<ReaderOptions, ArticleReader> readers;
  private final ParseUses parseUses = new ParseUses();

  /**
   * @param pipeline builds the coder over its analyzer wrapped by the given decorator; called only
   *     when {@code --events} is absent
   * @param readers makes an article reader for the seed-gold articles
   */
  public EvalCommand(
      Function<UnaryOperator<TextAnalyzer>, EventPipeline> pipeline,
      Function<ReaderOptions, ArticleReader> readers) {
    this.pipeline = pipeline;
    this.readers = readers;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<GoldSet> sets;
    EventSource source;
    try {
      sets = loadGold();
      source = eventSource(sets);
    } catch (RuntimeException e) {
      err.println("eval: " + e.getMessage());
      err.flush();
      return 2;
    }
    Evaluator evaluator = new Evaluator(source, new ReaderArticleSource(readers));
    List<SuiteReport> reports = new ArrayList<>();
    for (GoldSet set : sets) {
      err.println("eval: scoring " + set.file());
      err.flush();
      reports.add(withGivenParses(set, evaluator.evaluate(set)));
    }
    Thresholds thresholds = new Thresholds(minPloverRecall, minPetrarchRootF1);
    EvalRun run = new EvalRun(reports, thresholds.failures(reports));
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? toJson(run) : new TextReport(verbose).render(run));
    out.flush();
    return run.passed() ? 0 : 1;
  }

  private List<GoldSet> loadGold() {
    GoldLoader loader = new GoldLoader(Json.newMapper());
    return gold.stream().map(loader::load).toList();
  }

  private EventSource eventSource(List<GoldSet> sets) {
    if (events != null && givenParses) {
      throw new IllegalArgumentException(
          "--given-parses codes the records itself; it cannot be used with --events");
    }
    if (events != null) {
      return RecordedEvents.read(events, Json.newMapper());
    }
    EventPipeline coder = pipeline.apply(givenParses ? decorator(sets) : UnaryOperator.identity());
    return new CodingRunner(coder::code, threads);
  }

  /** Wraps the analyzer so that the suites' texts are analysed on their given parses. */
  private UnaryOperator<TextAnalyzer> decorator(List<GoldSet> sets) {
    Map<String, String> trees = GivenParses.trees(sets);
    TreebankParses parses = TreebankParses.standard();
    return analyzer -> new GivenParseAnalyzer(analyzer, trees, parses, parseUses);
  }

  private SuiteReport withGivenParses(GoldSet set, SuiteReport report) {
    if (givenParses && set instanceof GoldSet.Petrarch p && report instanceof PetrarchReport r) {
      return r.withGivenParses(GivenParses.count(p, parseUses));
    }
    return report;
  }

  private static String toJson(EvalRun run) {
    ObjectMapper mapper = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(run) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
