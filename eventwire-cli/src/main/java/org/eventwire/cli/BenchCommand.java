package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.eventwire.cli.bench.BenchFixture;
import org.eventwire.cli.bench.BenchInput;
import org.eventwire.cli.bench.BenchTable;
import org.eventwire.cli.bench.InProcessFixture;
import org.eventwire.cli.bench.JmhSettings;
import org.eventwire.cli.bench.ProcessStats;
import org.eventwire.model.Article;
import org.eventwire.pipeline.KnowledgeOptions;
import org.eventwire.pipeline.StandardPipeline;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eventwire bench}: pipeline load time and heap (measured here, once), then JMH throughput
 * of the NLP stage, the coding stage and the whole pipeline on each thread count, and peak RSS, as
 * a Markdown table on stdout; JMH's own log goes to stderr (docs/bench.md).
 */
@Command(
    name = "bench",
    description =
        "Measure pipeline load, NLP / coding / end-to-end throughput (JMH) on each thread count,"
            + " and peak RSS (docs/bench.md). Prints a Markdown table on stdout.")
public final class BenchCommand implements Callable<Integer> {
  private final Supplier<StandardPipeline> pipelines;
  private final Supplier<KnowledgeOptions> knowledge;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--thread-counts",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts to measure (JMH threads; default ${DEFAULT-VALUE}).")
  List<Integer> threadCounts;

  @Option(
      names = "--warmup",
      defaultValue = "1x10s",
      paramLabel = "COUNTxTIME",
      converter = RoundsConverter.class,
      description = "JMH warm-up iterations (default ${DEFAULT-VALUE}).")
  JmhSettings.Rounds warmup;

  @Option(
      names = "--measure",
      defaultValue = "3x10s",
      paramLabel = "COUNTxTIME",
      converter = RoundsConverter.class,
      description = "JMH measured iterations (default ${DEFAULT-VALUE}).")
  JmhSettings.Rounds measure;

  @Option(
      names = "--forks",
      defaultValue = "0",
      description =
          "JVMs JMH forks per benchmark (default 0: measure in this JVM on the pipeline loaded"
              + " once; each fork loads its own).")
  int forks;

  @Option(
      names = "--profiler",
      paramLabel = "NAME",
      description = "A JMH profiler to run alongside (gc, stack, ...); repeatable.")
  List<String> profilers = new ArrayList<>();

  public BenchCommand(Supplier<StandardPipeline> pipelines, Supplier<KnowledgeOptions> knowledge) {
    this.pipelines = pipelines;
    this.knowledge = knowledge;
  }

  /** Parses {@code --warmup} and {@code --measure}. */
  static final class RoundsConverter implements CommandLine.ITypeConverter<JmhSettings.Rounds> {
    @Override
    public JmhSettings.Rounds convert(String value) {
      return JmhSettings.Rounds.parse(value);
    }
  }

  /** The JMH settings the options ask for. */
  JmhSettings settings() {
    if (input.threads != 1) {
      throw new IllegalArgumentException("bench measures on --thread-counts, not --threads");
    }
    if (threadCounts.stream().anyMatch(t -> t < 1)) {
      throw new IllegalArgumentException("--thread-counts must all be 1 or more: " + threadCounts);
    }
    return new JmhSettings(warmup, measure, forks, profilers);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    BenchInput benchInput = new BenchInput(input.paths, input.date, knowledge.get());
    JmhSettings settings = usage(this::settings);
    List<String> forkArgs = usage(() -> forks > 0 ? benchInput.jvmArgs() : List.of());
    List<Article> articles = benchInput.read(problem -> err.println("eventwire: " + problem));
    if (articles.isEmpty()) {
      err.println("eventwire: no article could be read");
      return 1;
    }
    BenchTable table;
    try {
      table = loadAndHandOver(articles, err);
    } catch (IllegalArgumentException e) {
      err.println("eventwire bench: " + e.getMessage());
      return 1;
    }
    try {
      List<RunResult> results = new ArrayList<>();
      for (int threads : threadCounts) {
        results.addAll(run(settings, threads, forkArgs));
      }
      table.print(spec.commandLine().getOut(), results);
      return 0;
    } catch (RunnerException e) {
      String asked = profilers.isEmpty() ? "" : " (profilers asked for: " + profilers + ")";
      err.println("eventwire bench: JMH failed" + asked + ": " + e.getMessage() + " See its log.");
      return 1;
    } finally {
      InProcessFixture.handOver(null);
    }
  }

  /** Options that do not fit together are a usage error, with the problem named. */
  private <T> T usage(Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Loads the pipeline once (its time and heap are the table's first rows), analyses the articles
   * for the coding stage and the token count, and hands the fixture to the in-process benchmarks;
   * with forks, each fork loads its own and this one is left to the collector.
   */
  private BenchTable loadAndHandOver(List<Article> articles, PrintWriter err) {
    String loadBefore = ProcessStats.loadAverage();
    long t0 = System.nanoTime();
    StandardPipeline pipeline = pipelines.get();
    double load = (System.nanoTime() - t0) / 1e9;
    long heap = ProcessStats.heapAfterGc();
    err.printf("eventwire bench: pipeline loaded in %.1f s; analysing the input...%n", load);
    err.flush();
    BenchFixture fixture =
        BenchFixture.prepare(pipeline, articles, problem -> err.println("eventwire: " + problem));
    InProcessFixture.handOver(forks == 0 ? fixture : null);
    return new BenchTable(fixture.size(), fixture.totalTokens(), load, heap, loadBefore);
  }

  private static List<RunResult> run(JmhSettings settings, int threads, List<String> forkArgs)
      throws RunnerException {
    // JMH writes its progress log to stderr so that stdout is only the table.
    Runner runner =
        new Runner(
            settings.options(threads, forkArgs),
            OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL));
    return List.copyOf(runner.run());
  }
}
