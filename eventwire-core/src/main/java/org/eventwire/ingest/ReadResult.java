package org.eventwire.ingest;

import org.eventwire.model.Article;

/** What reading one article gave: the article, or a problem naming the input. */
public sealed interface ReadResult {

  /** An article that was read. */
  record Ok(Article article) implements ReadResult {}

  /**
   * An input that could not be read as an article.
   *
   * @param input the file, or file and line ({@code feed.jsonl:17}), or article id
   * @param problem what is wrong, in words a user can act on
   */
  record Failed(String input, String problem) implements ReadResult {}
}
