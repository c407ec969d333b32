package org.eventwire.store;

import java.time.Duration;

/**
 * Where an ingest run stands.
 *
 * @param read articles read (bad inputs not counted)
 * @param articlesNew articles coded and stored
 * @param duplicates articles whose normalised text was already stored (syndicated copies,
 *     near-duplicates, and everything on a re-run)
 * @param sourcesAdded of those, copies recorded as a new outlet/URL/input of the stored text
 * @param events event records stored
 * @param errors bad inputs, articles that could not be coded and articles that could not be stored
 * @param elapsed time since the run started
 */
public record IngestProgress(
    long read,
    long articlesNew,
    long duplicates,
    long sourcesAdded,
    long events,
    long errors,
    Duration elapsed) {

  /** Articles handled (stored or recognised as copies) per second. */
  public double articlesPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : (articlesNew + duplicates) / s;
  }
}
