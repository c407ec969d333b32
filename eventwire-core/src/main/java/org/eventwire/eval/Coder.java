package org.eventwire.eval;

import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.Event;

/** Codes one article into events; {@code EventPipeline::code} is one. Must be thread-safe. */
@FunctionalInterface
public interface Coder {
  List<Event> code(Article article);
}
