package org.eventwire.query;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.store.StoredEvent;

/** Events that touch a UN sanctions measure, newest first, a page at a time. */
public final class SanctionsWatch {
  private final EventSearch search;

  public SanctionsWatch(EventSearch search) {
    this.search = search;
  }

  /**
   * Up to {@code limit} flagged events overlapping {@code from .. to} (null: open), after offset.
   */
  public List<StoredEvent> page(LocalDate from, LocalDate to, int limit, int offset) {
    return search.find(
        EventQuery.all()
            .withSanctionsOnly(true)
            .withDates(from, to)
            .withSort(EventQuery.Sort.DATE_DESC)
            .withPage(limit, offset));
  }
}
