package org.eventwire.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads articles from files (by extension: {@code .txt} wire text, {@code .jsonl} JSON Lines,
 * {@code .html}/{@code .htm}), directories (recursively) and standard input. One bad article is
 * reported as a {@link ReadResult.Failed} and never stops the rest.
 */
public final class ArticleReader {
  private final ReaderOptions options;

  public ArticleReader(ReaderOptions options) {
    this.options = options;
  }

  /** Reads one path, handing each result to {@code sink} as it is read (streams large files). */
  public void read(Path path, Consumer<ReadResult> sink) {
    throw new UnsupportedOperationException("not yet: " + path + " " + options);
  }

  /**
   * Reads standard input: JSON Lines when the first non-blank character is '{', else one wire text
   * article with id {@code stdin}.
   */
  public void readStream(InputStream in, String name, Consumer<ReadResult> sink) {
    throw new UnsupportedOperationException("not yet: " + name);
  }
}
