package org.eventwire.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;

/** Reads seed articles with the project's {@link ArticleReader}, as {@code code --date} would. */
public final class ReaderArticleSource implements ArticleSource {
  private final Function<ReaderOptions, ArticleReader> readers;

  public ReaderArticleSource(Function<ReaderOptions, ArticleReader> readers) {
    this.readers = readers;
  }

  @Override
  public Article read(Path file, LocalDate published) {
    ReaderOptions options = ReaderOptions.defaults().withDate(published);
    List<ReadResult> results = new ArrayList<>();
    readers.apply(options).read(file, results::add);
    for (ReadResult result : results) {
      if (result instanceof ReadResult.Ok ok) {
        return ok.article();
      }
    }
    String why =
        results.stream()
            .filter(ReadResult.Failed.class::isInstance)
            .map(r -> ((ReadResult.Failed) r).problem())
            .findFirst()
            .orElse("no article in the file");
    throw new IllegalArgumentException(file + ": " + why);
  }
}
