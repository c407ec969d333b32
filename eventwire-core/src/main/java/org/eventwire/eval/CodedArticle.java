package org.eventwire.eval;

import java.util.List;
import org.eventwire.model.Event;

/**
 * What coding one article gave: its events, or the error that stopped it.
 *
 * @param articleId the article id
 * @param events the events; empty on error
 * @param error what went wrong, or null
 */
public record CodedArticle(String articleId, List<Event> events, String error) {

  public CodedArticle {
    events = List.copyOf(events);
  }

  public static CodedArticle ok(String articleId, List<Event> events) {
    return new CodedArticle(articleId, events, null);
  }

  public static CodedArticle failed(String articleId, String error) {
    return new CodedArticle(articleId, List.of(), error);
  }

  public boolean failed() {
    return error != null;
  }
}
