package org.eventwire.cli.bench;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The benchmark's Markdown report: process figures measured once by the command, and one row per
 * stage and thread count with JMH's score ± error (99.9 % confidence interval).
 *
 * @param articles articles in the input
 * @param tokens CoreNLP tokens of their codable texts (body plus caption)
 * @param loadSeconds wall time of loading the pipeline
 * @param heapAfterLoad heap in use after a full collection right after the load, in bytes
 * @param loadBefore 1-minute load average before the measuring
 */
public record BenchTable(
    int articles, long tokens, double loadSeconds, long heapAfterLoad, String loadBefore) {
  /** The name JMH gives the {@link StageBenchmarks.Tokens} counter. */
  private static final String TOKENS = "tokens";

  /** By thread count, then in {@link Stage} order. */
  private static final Comparator<RunResult> ROW_ORDER =
      Comparator.<RunResult>comparingInt(r -> r.getParams().getThreads())
          .thenComparingInt(
              r ->
                  Stage.ofBenchmark(r.getParams().getBenchmark())
                      .map(Stage::ordinal)
                      .orElse(Integer.MAX_VALUE));

  /** Prints the header, the table and, if a profiler ran, its figures. */
  public void print(PrintWriter out, Collection<RunResult> results) {
    List<RunResult> rows = results.stream().sorted(ROW_ORDER).toList();
    out.printf("Machine: %s%n", ProcessStats.machine());
    out.printf(
        Locale.ROOT,
        "Input: %d articles, %d tokens (CoreNLP tokens of body and caption)%n",
        articles,
        tokens);
    rows.stream().findFirst().map(r -> settings(r.getParams())).ifPresent(out::println);
    out.printf(
        "Load average (1 min) before / after: %s / %s%n%n", loadBefore, ProcessStats.loadAverage());
    out.println("| measure | threads | articles/s (ops/s) | tokens/s |");
    out.println("| --- | --- | --- | --- |");
    out.printf(Locale.ROOT, "| pipeline load | - | %.1f s | |%n", loadSeconds);
    out.printf("| heap after load (after GC) | - | %s | |%n", ProcessStats.gib(heapAfterLoad));
    for (RunResult r : rows) {
      Result<?> tokens = r.getSecondaryResults().get(TOKENS);
      out.printf(
          "| %s | %d | %s | %s |%n",
          label(r),
          r.getParams().getThreads(),
          scored(r.getPrimaryResult(), "%,.2f"),
          tokens == null ? "?" : scored(tokens, "%,.0f"));
    }
    boolean forked = rows.stream().anyMatch(r -> r.getParams().getForks() > 0);
    out.printf(
        "| peak RSS (VmHWM)%s | - | %s | |%n",
        forked ? " of this JVM, forks not counted" : "", ProcessStats.gib(ProcessStats.peakRss()));
    printProfilers(out, rows);
    out.flush();
  }

  private static String settings(BenchmarkParams p) {
    return String.format(
        Locale.ROOT,
        "JMH %s (%s), one article per operation: %d warm-up x %s, %d measured x %s, %s",
        p.getJmhVersion(),
        p.getMode().longLabel(),
        p.getWarmup().getCount(),
        p.getWarmup().getTime(),
        p.getMeasurement().getCount(),
        p.getMeasurement().getTime(),
        p.getForks() == 0 ? "in this JVM (forks 0)" : p.getForks() + " fork(s) per row");
  }

  private static String label(RunResult r) {
    String name = r.getParams().getBenchmark();
    return Stage.ofBenchmark(name).map(Stage::label).orElse(name);
  }

  private static String scored(Result<?> r, String format) {
    String error =
        Double.isNaN(r.getScoreError())
            ? "?"
            : String.format(Locale.ROOT, format, r.getScoreError());
    return String.format(Locale.ROOT, format + " ± %s", r.getScore(), error);
  }

  /**
   * Secondary results other than the token counter: what {@code --profiler} asked for. A textual
   * result (the {@code stack} profiler's, for one) has no score and is left to JMH's log.
   */
  private static void printProfilers(PrintWriter out, List<RunResult> rows) {
    boolean header = false;
    for (RunResult r : rows) {
      for (String name : r.getSecondaryResults().keySet()) {
        if (name.equals(TOKENS)) {
          continue;
        }
        Result<?> figure = r.getSecondaryResults().get(name);
        if (!header) {
          out.printf("%n| measure | threads | profiler figure | score ± error | unit |%n");
          out.println("| --- | --- | --- | --- | --- |");
          header = true;
        }
        out.printf(
            "| %s | %d | %s | %s | %s |%n",
            label(r),
            r.getParams().getThreads(),
            name,
            Double.isNaN(figure.getScore())
                ? "text, in JMH's log (stderr)"
                : scored(figure, "%,.3f"),
            Double.isNaN(figure.getScore()) ? "" : figure.getScoreUnit());
      }
    }
  }
}
