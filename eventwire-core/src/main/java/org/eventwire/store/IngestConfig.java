package org.eventwire.store;

/**
 * How an ingest run works.
 *
 * @param threads worker threads that code articles (they share one pipeline)
 * @param inFlight articles read ahead of the writer at most (bounds memory)
 */
public record IngestConfig(int threads, int inFlight) {
  public IngestConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (inFlight < threads) {
      throw new IllegalArgumentException("inFlight must be at least threads, got " + inFlight);
    }
  }

  /** {@code threads} workers with twice as many articles in flight. */
  public static IngestConfig withThreads(int threads) {
    int t = Math.max(1, threads);
    return new IngestConfig(t, 2 * t + 2);
  }
}
