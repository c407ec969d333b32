package org.eventwire.pipeline;

import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.Event;

/** Codes articles into events. Thread-safe: one instance serves all worker threads. */
public interface EventPipeline {

  /** Codes one article. Never returns null; throws only for a bug, not for odd text. */
  List<Event> code(Article article);
}
