package org.eventwire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eventwire.ingest.ReadResult;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.store.EventStore;
import org.eventwire.store.IngestConfig;
import org.eventwire.store.IngestListener;
import org.eventwire.store.IngestProgress;
import org.eventwire.store.Ingestor;
import org.eventwire.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eventwire ingest}: articles into the event store, idempotently. */
@Command(
    name = "ingest",
    description =
        "Code articles into the event store (a DuckDB file). Re-running adds nothing; copies of"
            + " a stored text only add their outlet and URL.")
public final class IngestCommand implements Callable<Integer> {
  private final Supplier<EventPipeline> pipelines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      defaultValue = "eventwire.duckdb",
      description = "Store file (default ${DEFAULT-VALUE}).")
  Path db;

  @Mixin InputOptions input;

  public IngestCommand(Supplier<EventPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Consumer<Consumer<ReadResult>> source = input::read;
    Progress progress = new Progress(err, System.console() != null);
    IngestProgress done;
    try (EventStore store = EventStore.open(db)) {
      Ingestor ingestor =
          new Ingestor(store, new LazyPipeline(pipelines), IngestConfig.withThreads(input.threads));
      done = ingestor.run(input.paths, source, progress);
    } catch (StoreException e) {
      progress.endLine();
      err.println("eventwire: " + e.getMessage());
      err.flush();
      return 1;
    }
    progress.endLine();
    err.printf(
        Locale.ROOT,
        "eventwire: %d articles read into %s: %d new, %d copies of stored texts (%d new"
            + " sources), %d events, %d errors, in %.1f s (%.1f articles/s)%n",
        done.read(),
        db,
        done.articlesNew(),
        done.duplicates(),
        done.sourcesAdded(),
        done.events(),
        done.errors(),
        done.elapsed().toMillis() / 1000.0,
        done.articlesPerSecond());
    err.flush();
    if (done.read() == 0) {
      err.println("eventwire: no article could be read");
      err.flush();
      return 1;
    }
    return 0;
  }

  /**
   * Progress on standard error: a line rewritten in place on a terminal (at most 4 times a second),
   * else a plain log line every 1,000 articles.
   */
  private static final class Progress implements IngestListener {
    private static final long TERMINAL_EVERY_NANOS = 250_000_000L;
    private static final long LOG_EVERY_ARTICLES = 1000;
    private final PrintWriter err;
    private final boolean terminal;
    private long lastShown = System.nanoTime() - TERMINAL_EVERY_NANOS;
    private long lastLogged;
    private boolean lineOpen;

    Progress(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void progress(IngestProgress p) {
      long handled = p.articlesNew() + p.duplicates() + p.errors();
      if (terminal) {
        long now = System.nanoTime();
        if (now - lastShown >= TERMINAL_EVERY_NANOS) {
          lastShown = now;
          err.print("\r" + line(p) + "   ");
          err.flush();
          lineOpen = true;
        }
      } else if (handled - lastLogged >= LOG_EVERY_ARTICLES) {
        lastLogged = handled;
        err.println("eventwire: " + line(p));
        err.flush();
      }
    }

    @Override
    public void failed(String input, String problem) {
      endLine();
      err.println("eventwire: " + input + ": " + problem);
      err.flush();
    }

    void endLine() {
      if (lineOpen) {
        err.println();
        err.flush();
        lineOpen = false;
      }
    }

    private static String line(IngestProgress p) {
      return String.format(
          Locale.ROOT,
          "%d read, %d new, %d copies, %d events, %d errors, %.1f articles/s",
          p.read(),
          p.articlesNew(),
          p.duplicates(),
          p.events(),
          p.errors(),
          p.articlesPerSecond());
    }
  }
}
