package org.eventwire.store;

import java.time.Duration;

/**
 * The counts of an ingest or a load while it runs, kept by the one thread that runs it; {@link
 * #progress()} is the record listeners and the run log get.
 */
final class RunTally {
  private final long started = System.nanoTime();
  long read;
  long articlesNew;
  long duplicates;
  long sourcesAdded;
  long events;
  long errors;

  IngestProgress progress() {
    return new IngestProgress(
        read,
        articlesNew,
        duplicates,
        sourcesAdded,
        events,
        errors,
        Duration.ofNanos(System.nanoTime() - started));
  }
}
