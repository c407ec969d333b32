package org.eventwire.query;

import java.time.LocalDate;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * Which stored events to return. Every filter is optional (null, or false for {@code
 * sanctionsOnly}); filters combine with AND.
 *
 * @param actor an actor: CAMEO code prefix ({@code PRK} matches {@code PRKGOV}), ISO3 country, IGO
 *     or canonical name (any case)
 * @param recipient a recipient, matched as {@code actor}
 * @param type PLOVER event type
 * @param from events whose date range ends on or after this day (undated events never match)
 * @param to events whose date range starts on or before this day (undated events never match)
 * @param modality modality
 * @param sanctionsOnly only events that touch a sanctions measure
 * @param cluster cluster id
 * @param text words that the evidence sentence contains (any case)
 * @param limit at most this many events, or null for all
 * @param offset skip this many first
 * @param sort order of the events
 */
public record EventQuery(
    String actor,
    String recipient,
    PloverType type,
    LocalDate from,
    LocalDate to,
    Modality modality,
    boolean sanctionsOnly,
    String cluster,
    String text,
    Integer limit,
    int offset,
    Sort sort) {

  /** Orders of the result; every order ends with the event id, so pages are stable. */
  public enum Sort {
    /** By event id. */
    ID("e.id"),
    /** Earliest event date first, undated last. */
    DATE("e.date_start NULLS LAST, e.id"),
    /** Latest event date first, undated last. */
    DATE_DESC("e.date_start DESC NULLS LAST, e.id"),
    /** In the order the store first saw the articles. */
    FIRST_SEEN("a.first_seen, e.article_id, e.id");

    private final String orderBy;

    Sort(String orderBy) {
      this.orderBy = orderBy;
    }

    String orderBy() {
      return orderBy;
    }
  }

  public EventQuery {
    if (limit != null && limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (sort == null) {
      sort = Sort.ID;
    }
  }

  /** Every event, by id. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, false, null, null, null, 0, Sort.ID);
  }

  public EventQuery withActor(String v) {
    return new EventQuery(
        v, recipient, type, from, to, modality, sanctionsOnly, cluster, text, limit, offset, sort);
  }

  public EventQuery withRecipient(String v) {
    return new EventQuery(
        actor, v, type, from, to, modality, sanctionsOnly, cluster, text, limit, offset, sort);
  }

  public EventQuery withType(PloverType v) {
    return new EventQuery(
        actor, recipient, v, from, to, modality, sanctionsOnly, cluster, text, limit, offset, sort);
  }

  public EventQuery withDates(LocalDate f, LocalDate t) {
    return new EventQuery(
        actor, recipient, type, f, t, modality, sanctionsOnly, cluster, text, limit, offset, sort);
  }

  public EventQuery withModality(Modality v) {
    return new EventQuery(
        actor, recipient, type, from, to, v, sanctionsOnly, cluster, text, limit, offset, sort);
  }

  public EventQuery withSanctionsOnly(boolean v) {
    return new EventQuery(
        actor, recipient, type, from, to, modality, v, cluster, text, limit, offset, sort);
  }

  public EventQuery withCluster(String v) {
    return new EventQuery(
        actor, recipient, type, from, to, modality, sanctionsOnly, v, text, limit, offset, sort);
  }

  public EventQuery withText(String v) {
    return new EventQuery(
        actor, recipient, type, from, to, modality, sanctionsOnly, cluster, v, limit, offset, sort);
  }

  public EventQuery withPage(Integer l, int o) {
    return new EventQuery(
        actor, recipient, type, from, to, modality, sanctionsOnly, cluster, text, l, o, sort);
  }

  public EventQuery withSort(Sort v) {
    return new EventQuery(
        actor, recipient, type, from, to, modality, sanctionsOnly, cluster, text, limit, offset, v);
  }
}
