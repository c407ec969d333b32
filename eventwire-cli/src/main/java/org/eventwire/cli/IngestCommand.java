package org.eventwire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eventwire.corpus.StandInCoder;
import org.eventwire.ingest.ReadResult;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.store.EventStore;
import org.eventwire.store.IngestConfig;
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

  @Option(
      names = "--stand-in-coder",
      hidden = true,
      description =
          "Code with the keyword stand-in for generate-corpus stories instead of CoreNLP"
              + " (store measurements only).")
  boolean standIn;

  public IngestCommand(Supplier<EventPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Consumer<Consumer<ReadResult>> source = input::read;
    ProgressDisplay progress =
        new ProgressDisplay(err, System.console() != null, InputCensus.count(input.paths));
    IngestProgress done;
    try (EventStore store = EventStore.open(db)) {
      EventPipeline coder = standIn ? new StandInCoder() : new LazyPipeline(pipelines);
      Ingestor ingestor = new Ingestor(store, coder, IngestConfig.withThreads(input.threads));
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
}
