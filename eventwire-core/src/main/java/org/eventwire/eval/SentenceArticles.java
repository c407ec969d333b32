package org.eventwire.eval;

import java.time.LocalDate;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.PublishedDate;

/** Turns one sentence-suite record into an article: the record's text, id and story date. */
public final class SentenceArticles {
  private SentenceArticles() {}

  public static Article of(String id, String text, LocalDate date) {
    return new Article(
        id,
        text,
        new PublishedDate(date, PublishedDate.Source.METADATA),
        null,
        null,
        null,
        ArticleLayout.bodyOnly(text));
  }
}
