package org.eventwire.query;

import java.util.List;
import java.util.Optional;
import org.eventwire.store.EventRows;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoredEvent;

/** Stored events by their own id or by their article's id. */
public final class EventLookup {
  private final EventStore store;

  public EventLookup(EventStore store) {
    this.store = store;
  }

  /** The event with this id. */
  public Optional<StoredEvent> byId(String id) {
    return store
        .select(EventRows.SELECT + " WHERE e.id = ?", List.of(id), store.rows()::read)
        .stream()
        .findFirst();
  }

  /** Every event coded from this article, in the order of their evidence in its text. */
  public List<StoredEvent> ofArticle(String articleId) {
    return store.read(
        EventRows.SELECT + " WHERE e.article_id = ? ORDER BY e.evidence_start NULLS LAST, e.id",
        List.of(articleId),
        store.rows()::read);
  }
}
