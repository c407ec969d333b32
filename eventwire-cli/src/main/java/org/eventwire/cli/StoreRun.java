package org.eventwire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.eventwire.store.EventStore;
import org.eventwire.store.IngestProgress;
import org.eventwire.store.StoreException;

/**
 * Runs an ingest or a load on the store in {@code db} and reports it on stderr: a failing store in
 * one line, else a summary line; exit status 1 when no article could be handled.
 */
final class StoreRun {
  private StoreRun() {}

  /**
   * @param verb what happened to the articles ("read", "loaded"), for the summary line
   */
  static int run(
      PrintWriter err,
      ProgressDisplay progress,
      Path db,
      String verb,
      Function<EventStore, IngestProgress> work) {
    IngestProgress done;
    try (EventStore store = EventStore.open(db)) {
      done = work.apply(store);
    } catch (StoreException e) {
      progress.endLine();
      err.println("eventwire: " + e.getMessage());
      err.flush();
      return 1;
    }
    progress.endLine();
    err.printf(
        Locale.ROOT,
        "eventwire: %d articles %s into %s: %d new, %d copies of stored texts (%d new"
            + " sources), %d events, %d errors, in %.1f s (%.1f articles/s)%n",
        done.read(),
        verb,
        db,
        done.articlesNew(),
        done.duplicates(),
        done.sourcesAdded(),
        done.events(),
        done.errors(),
        done.elapsed().toMillis() / 1000.0,
        done.articlesPerSecond());
    if (done.read() == 0) {
      err.println("eventwire: no article could be " + verb);
    }
    err.flush();
    return done.read() == 0 ? 1 : 0;
  }
}
