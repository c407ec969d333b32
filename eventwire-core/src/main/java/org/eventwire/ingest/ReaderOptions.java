package org.eventwire.ingest;

import java.time.LocalDate;

/**
 * How articles are read.
 *
 * @param dateOverride publication date for every article ({@code --date}), or null
 * @param maxArticleBytes articles larger than this are rejected with a message
 */
public record ReaderOptions(LocalDate dateOverride, long maxArticleBytes) {

  /** 2 MiB: far beyond any news article, small enough to keep a batch safe. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 2L * 1024 * 1024;

  public static ReaderOptions defaults() {
    return new ReaderOptions(null, DEFAULT_MAX_ARTICLE_BYTES);
  }

  public ReaderOptions withDate(LocalDate date) {
    return new ReaderOptions(date, maxArticleBytes);
  }
}
