package org.eventwire.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eventwire.ingest.ReadResult;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.pipeline.EventPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eventwire code}: articles in, event records out on standard output. */
@Command(
    name = "code",
    description = "Code articles into event records (JSON Lines on stdout; messages on stderr).")
public final class CodeCommand implements Callable<Integer> {
  private final Supplier<EventPipeline> pipelines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  EventWriter.Format format;

  @Option(
      names = "--explain",
      description =
          "Add an 'explain' object to every record: the lexicon row, argument rule, the rule or"
              + " knowledge-base entry behind every actor, the claim cue, date rule and place.")
  boolean explain;

  public CodeCommand(Supplier<EventPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    EventPipeline pipeline = pipelines.get();
    long loaded = System.nanoTime();
    AtomicInteger read = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(input.threads());
    Deque<Coded> pending = new ArrayDeque<>();
    try (EventWriter writer = new EventWriter(spec.commandLine().getOut(), format)) {
      input.read(
          r -> {
            if (r instanceof ReadResult.Failed f) {
              err.println("eventwire: " + f.input() + ": " + f.problem());
              err.flush();
              return;
            }
            Article a = ((ReadResult.Ok) r).article();
            read.incrementAndGet();
            pending.add(new Coded(a, pool.submit(() -> explained(pipeline.code(a)))));
            while (pending.size() > 2 * input.threads()) {
              drain(pending.poll(), writer, err);
            }
          });
      while (!pending.isEmpty()) {
        drain(pending.poll(), writer, err);
      }
    } finally {
      pool.shutdownNow();
    }
    double load = (loaded - t0) / 1e9;
    double coding = (System.nanoTime() - loaded) / 1e9;
    err.printf(
        "eventwire: %d articles coded in %.1f s (%.2f articles/s, %d threads); pipeline loaded"
            + " in %.1f s%n",
        read.get(), coding, read.get() / Math.max(coding, 1e-9), input.threads(), load);
    err.flush();
    if (read.get() == 0) {
      err.println("eventwire: no article could be read");
      err.flush();
      return 1;
    }
    return 0;
  }

  private List<Event> explained(List<Event> events) {
    return explain ? events : events.stream().map(e -> e.withExplanation(null)).toList();
  }

  private record Coded(Article article, Future<List<Event>> events) {}

  /** Writes the oldest article's records; an article whose coding failed is named on stderr. */
  private static void drain(Coded c, EventWriter writer, java.io.PrintWriter err) {
    try {
      writer.write(c.events().get());
    } catch (ExecutionException e) {
      err.println("eventwire: " + c.article().id() + ": could not be coded: " + e.getCause());
      err.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding " + c.article().id(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
