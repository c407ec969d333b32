package org.eventwire.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.pipeline.EventPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventwire code}: articles in, event records out on standard output. */
@Command(
    name = "code",
    description = "Code articles into event records (JSON Lines on stdout; messages on stderr).")
public final class CodeCommand implements Callable<Integer> {
  private final Supplier<EventPipeline> pipelines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--date", description = "Publication date for every article (YYYY-MM-DD).")
  LocalDate date;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  EventWriter.Format format;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default 1).")
  int threads;

  @Option(
      names = "--explain",
      description =
          "Add an 'explain' object to every record: the lexicon row, argument rule, the rule or"
              + " knowledge-base entry behind every actor, the claim cue, date rule and place.")
  boolean explain;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or directories; - is stdin.")
  List<String> paths;

  public CodeCommand(Supplier<EventPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter err = spec.commandLine().getErr();
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withDate(date));
    long t0 = System.nanoTime();
    EventPipeline pipeline = pipelines.get();
    long loaded = System.nanoTime();
    AtomicInteger read = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    Deque<Coded> pending = new ArrayDeque<>();
    try (EventWriter writer = new EventWriter(spec.commandLine().getOut(), format)) {
      for (String p : paths) {
        List<ReadResult> results = new ArrayList<>();
        if (p.equals("-")) {
          reader.readStream(System.in, "stdin", results::add);
        } else {
          reader.read(Path.of(p), results::add);
        }
        for (ReadResult r : results) {
          if (r instanceof ReadResult.Failed f) {
            err.println("eventwire: " + f.input() + ": " + f.problem());
            err.flush();
            continue;
          }
          Article a = ((ReadResult.Ok) r).article();
          read.incrementAndGet();
          pending.add(new Coded(a, pool.submit(() -> explained(pipeline.code(a)))));
          while (pending.size() > 2 * Math.max(1, threads)) {
            drain(pending.poll(), writer, err);
          }
        }
      }
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
        read.get(), coding, read.get() / Math.max(coding, 1e-9), Math.max(1, threads), load);
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

  private static void drain(Coded c, EventWriter writer, java.io.PrintWriter err) throws Exception {
    try {
      writer.write(c.events().get());
    } catch (ExecutionException e) {
      err.println("eventwire: " + c.article().id() + ": could not be coded: " + e.getCause());
      err.flush();
    }
  }
}
