package org.eventwire.cli.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How JMH runs the stage benchmarks.
 *
 * @param warmup warm-up iterations and their length
 * @param measure measured iterations and their length
 * @param forks forked JVMs per benchmark; 0 runs in this JVM on the pipeline the command loaded
 * @param profilers JMH profiler names ({@code gc}, {@code stack}, ...), passed through
 */
public record JmhSettings(Rounds warmup, Rounds measure, int forks, List<String> profilers) {

  public JmhSettings {
    if (forks < 0) {
      throw new IllegalArgumentException("--forks must be 0 or more, not " + forks);
    }
    if (measure.count() < 1) {
      throw new IllegalArgumentException("--measure needs at least one iteration: " + measure);
    }
    profilers = List.copyOf(profilers);
  }

  /**
   * Iterations of a given length, written {@code COUNTxTIME} as in {@code 2x10s}.
   *
   * @param count iterations
   * @param time length of each (JMH's notation: {@code 10s}, {@code 500ms}, {@code 1min})
   */
  public record Rounds(int count, TimeValue time) {
    private static final Pattern FORM = Pattern.compile("(\\d+)x(\\d+\\s*[a-z]+)");

    /** Parses {@code COUNTxTIME}; a clear message names the text when it is not that. */
    public static Rounds parse(String text) {
      Matcher m = FORM.matcher(text.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "'" + text + "' is not COUNTxTIME, e.g. 2x10s (2 iterations of 10 seconds)");
      }
      try {
        return new Rounds(Integer.parseInt(m.group(1)), TimeValue.fromString(m.group(2)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + text + "': unknown time unit (use ns, us, ms, s, min, hr)", e);
      }
    }

    @Override
    public String toString() {
      return count + "x" + time.toString().replace(" ", "");
    }
  }

  /** JMH options for all stage benchmarks on {@code threads} threads. */
  public Options options(int threads, List<String> forkJvmArgs) {
    ChainedOptionsBuilder b =
        new OptionsBuilder()
            .include("^" + Pattern.quote(StageBenchmarks.class.getName()) + "\\.")
            .threads(threads)
            .warmupIterations(warmup.count())
            .warmupTime(warmup.time())
            .measurementIterations(measure.count())
            .measurementTime(measure.time())
            .forks(forks)
            .shouldFailOnError(true);
    if (forks > 0) {
      b.jvmArgsAppend(forkJvmArgs.toArray(String[]::new));
    }
    profilers.forEach(b::addProfiler);
    return b.build();
  }
}
