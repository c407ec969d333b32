package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.eventwire.ingest.ReadResult;
import org.eventwire.model.Article;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.pipeline.AnalyzedArticle;
import org.eventwire.pipeline.CodableText;
import org.eventwire.pipeline.StandardPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eventwire bench}: pipeline load time and heap, then throughput of the NLP stage, the
 * coding stage and the whole pipeline on 1 and 2 threads, and peak RSS, as a Markdown table.
 */
@Command(
    name = "bench",
    description =
        "Measure pipeline load, NLP / coding / end-to-end throughput on each thread count, and"
            + " peak RSS (docs/bench.md). Prints a Markdown table on stdout.")
public final class BenchCommand implements Callable<Integer> {
  private final Supplier<StandardPipeline> pipelines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--thread-counts",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts to measure (default ${DEFAULT-VALUE}).")
  List<Integer> threadCounts;

  @Option(names = "--warmups", defaultValue = "1", description = "Warm-up rounds (default 1).")
  int warmups;

  @Option(names = "--rounds", defaultValue = "2", description = "Measured rounds (default 2).")
  int rounds;

  public BenchCommand(Supplier<StandardPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  /** One measured line of the table. */
  private record Row(
      String stage, int threads, double seconds, double cpuSeconds, int articles, long tokens) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = articles(err);
    if (articles.isEmpty()) {
      err.println("eventwire: no article could be read");
      return 1;
    }
    String loadBefore = ProcessStats.loadAverage();
    long t0 = System.nanoTime();
    StandardPipeline pipeline = pipelines.get();
    double load = (System.nanoTime() - t0) / 1e9;
    long heap = ProcessStats.heapAfterGc();
    err.printf("eventwire bench: pipeline loaded in %.1f s; measuring...%n", load);
    err.flush();
    List<Row> rows = new ArrayList<>();
    for (int threads : threadCounts) {
      rows.addAll(measure(pipeline, articles, new StageTimer(threads, warmups, rounds), err));
    }
    print(out, articles, load, heap, rows, loadBefore);
    return 0;
  }

  private List<Article> articles(PrintWriter err) {
    List<Article> out = new ArrayList<>();
    input.read(
        r -> {
          if (r instanceof ReadResult.Ok ok) {
            out.add(ok.article());
          } else if (r instanceof ReadResult.Failed f) {
            err.println("eventwire: " + f.input() + ": " + f.problem());
          }
        });
    return out;
  }

  private static List<Row> measure(
      StandardPipeline p, List<Article> articles, StageTimer timer, PrintWriter err) {
    List<CodableText> texts = articles.stream().map(p.prepare()::apply).toList();
    StageTimer.Timed<AnalyzedArticle> nlp = timer.time(texts, p.analyze()::apply);
    long tokens = nlp.outputs().stream().mapToLong(BenchCommand::tokens).sum();
    StageTimer.Timed<?> coding = timer.time(nlp.outputs(), p.codeEvents()::apply);
    StageTimer.Timed<?> all = timer.time(articles, p::code);
    int n = articles.size();
    int t = timer.threads();
    err.printf("eventwire bench: %d thread(s) done%n", t);
    err.flush();
    return List.of(
        new Row("NLP (Analyze)", t, nlp.secondsPerRound(), nlp.cpuSecondsPerRound(), n, tokens),
        new Row(
            "coding (CodeEvents)",
            t,
            coding.secondsPerRound(),
            coding.cpuSecondsPerRound(),
            n,
            tokens),
        new Row("end to end", t, all.secondsPerRound(), all.cpuSecondsPerRound(), n, tokens));
  }

  private static long tokens(AnalyzedArticle a) {
    return tokens(a.document()) + (a.caption() == null ? 0 : tokens(a.caption()));
  }

  private static long tokens(ParsedDocument d) {
    return d.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
  }

  private void print(
      PrintWriter out,
      List<Article> articles,
      double load,
      long heap,
      List<Row> rows,
      String loadBefore) {
    long tokens = rows.isEmpty() ? 0 : rows.get(0).tokens();
    out.printf("Machine: %s%n", ProcessStats.machine());
    out.printf(
        Locale.ROOT,
        "Input: %d articles, %d tokens; %d warm-up and %d measured rounds per figure%n",
        articles.size(),
        tokens,
        warmups,
        rounds);
    out.printf(
        "Load average (1 min) before / after: %s / %s%n%n", loadBefore, ProcessStats.loadAverage());
    out.println("| measure | threads | wall clock | per CPU-second of the workers |");
    out.println("| --- | --- | --- | --- |");
    out.printf(Locale.ROOT, "| pipeline load | - | %.1f s | |%n", load);
    out.printf("| heap after load (after GC) | - | %s | |%n", ProcessStats.gib(heap));
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %,.0f tokens/s, %.2f articles/s | %,.0f tokens, %.2f articles |%n",
          r.stage(),
          r.threads(),
          r.tokens() / r.seconds(),
          r.articles() / r.seconds(),
          r.tokens() / r.cpuSeconds(),
          r.articles() / r.cpuSeconds());
    }
    out.printf("| peak RSS (VmHWM) | - | %s | |%n", ProcessStats.gib(ProcessStats.peakRss()));
    out.flush();
  }
}
