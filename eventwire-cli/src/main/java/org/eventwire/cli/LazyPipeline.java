package org.eventwire.cli;

import java.util.List;
import java.util.function.Supplier;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.pipeline.EventPipeline;

/** Loads the pipeline on first use, so a run of copies only never loads CoreNLP. */
final class LazyPipeline implements EventPipeline {
  private final Supplier<EventPipeline> supplier;
  private volatile EventPipeline pipeline;

  LazyPipeline(Supplier<EventPipeline> supplier) {
    this.supplier = supplier;
  }

  @Override
  public List<Event> code(Article article) {
    EventPipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          p = supplier.get();
          pipeline = p;
        }
      }
    }
    return p.code(article);
  }
}
