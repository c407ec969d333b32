package org.eventwire.eval;

import java.util.List;
import java.util.Map;
import org.eventwire.model.Article;

/** Where the events to score come from: a coder run now, or a file of recorded output. */
@FunctionalInterface
public interface EventSource {

  /** The coded result for every article, keyed by article id. */
  Map<String, CodedArticle> code(List<Article> articles);
}
