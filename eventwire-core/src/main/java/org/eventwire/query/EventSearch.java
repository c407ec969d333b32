package org.eventwire.query;

import java.util.List;
import java.util.function.Consumer;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoredEvent;

/** Runs {@link EventQuery queries} over a store and rebuilds the contract records. */
public final class EventSearch {
  private final EventStore store;

  public EventSearch(EventStore store) {
    this.store = store;
  }

  /**
   * The events {@code q} asks for (read on a connection of its own; see {@link EventStore#read}).
   */
  public List<StoredEvent> find(EventQuery q) {
    QuerySql sql = QuerySql.of(q);
    return store.read(sql.sql(), sql.params(), store.rows()::read);
  }

  /** Hands the events {@code q} asks for to {@code sink} one at a time; returns how many. */
  public long forEach(EventQuery q, Consumer<StoredEvent> sink) {
    QuerySql sql = QuerySql.of(q);
    return store.forEach(sql.sql(), sql.params(), store.rows()::read, sink);
  }
}
