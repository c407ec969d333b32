package org.eventwire.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import org.eventwire.model.Article;

/** Reads the article a seed-gold file describes. */
@FunctionalInterface
public interface ArticleSource {

  /**
   * Reads one article.
   *
   * @param published the gold publication date, given to the reader as the run's date
   * @throws RuntimeException when the article cannot be read
   */
  Article read(Path file, LocalDate published);
}
