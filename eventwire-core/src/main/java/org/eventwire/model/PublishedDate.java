package org.eventwire.model;

import java.time.LocalDate;

/**
 * An article's publication date and where it came from.
 *
 * @param date the date, or null when nothing in the input gave one
 * @param source how it was found
 */
public record PublishedDate(LocalDate date, Source source) {
  /** How the publication date was found. */
  public enum Source {
    /** {@code --date} on the command line. */
    OVERRIDE,
    /** The input's own metadata (JSON Lines {@code published}, HTML meta). */
    METADATA,
    /** Dateline month/day with the year inferred from years in the text. */
    INFERRED,
    /** Nothing gave a date. */
    NONE
  }

  public static PublishedDate none() {
    return new PublishedDate(null, Source.NONE);
  }
}
