package org.eventwire.cli.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventwire.model.Event;
import org.eventwire.pipeline.AnalyzedArticle;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * One article per operation, so JMH's throughput is articles per second; each thread walks the
 * articles in a cycle from its own starting point, and counts the tokens of the articles it did
 * ({@link Tokens}, reported by JMH as tokens per second). The methods return their results so that
 * JMH consumes them.
 *
 * <p>JMH keeps the threads of a run in step by running operations before and after the measured
 * window that it does not count; an auxiliary counter would count them, so tokens are only added
 * while {@link Control} says the window is open, and the two rates share one set of operations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmarks {
  private BenchFixture fixture;

  /** The command's fixture when run in process, else (a forked JVM) one loaded here. */
  @Setup(Level.Trial)
  public void loadFixture() {
    fixture = InProcessFixture.current().orElseGet(() -> BenchInput.fromSystemProperties().load());
  }

  /** Stage 2 (CoreNLP) on one article's codable text. */
  @Benchmark
  public AnalyzedArticle nlp(Cursor cursor, Tokens tokens, Control window) {
    int i = next(cursor, tokens, window);
    return fixture.pipeline().analyze().apply(fixture.texts().get(i));
  }

  /** Stage 3 on one article's analysis, made in the set-up. */
  @Benchmark
  public List<Event> coding(Cursor cursor, Tokens tokens, Control window) {
    int i = next(cursor, tokens, window);
    return fixture.pipeline().codeEvents().apply(fixture.analyses().get(i));
  }

  /** All three stages on one article. */
  @Benchmark
  public List<Event> endToEnd(Cursor cursor, Tokens tokens, Control window) {
    int i = next(cursor, tokens, window);
    return fixture.pipeline().code(fixture.articles().get(i));
  }

  private int next(Cursor cursor, Tokens tokens, Control window) {
    int i = cursor.next(fixture.size());
    if (window.startMeasurement && !window.stopMeasurement) {
      tokens.tokens += fixture.tokens().get(i);
    }
    return i;
  }

  /** A thread's place in the article cycle; threads start evenly spread over the input. */
  @State(Scope.Thread)
  public static class Cursor {
    private int thread;
    private int threads = 1;
    private long step;

    @Setup(Level.Trial)
    public void start(ThreadParams params) {
      thread = params.getThreadIndex();
      threads = params.getThreadCount();
      step = 0;
    }

    int next(int articles) {
      return (int) (((long) thread * articles / threads + step++) % articles);
    }
  }

  /**
   * The tokens a thread processed in the measured window of the current iteration: JMH sets the
   * counter to 0 before each iteration and reports it per second.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    public long tokens;
  }
}
