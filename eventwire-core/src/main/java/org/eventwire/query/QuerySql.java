package org.eventwire.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventwire.store.EventRows;

/**
 * An {@link EventQuery} as SQL over the store. The SQL text is made only of fixed fragments; every
 * value the user gave is a bind parameter.
 *
 * @param sql the statement, with {@code ?} placeholders
 * @param params the values for the placeholders, in order
 */
public record QuerySql(String sql, List<Object> params) {

  /**
   * An uncorrelated semi-join: DuckDB scans {@code actor_refs} once and hashes the matching ids (a
   * correlated EXISTS with these ORs took seconds on a million events).
   */
  private static final String ACTOR_MATCH =
      "e.id IN (SELECT r.event_id FROM actor_refs r WHERE r.role = ? AND %s)";

  /** An actor reference {@code r} that matches one value; four parameters. */
  private static final String REF_MATCH =
      "(starts_with(r.code, ?) OR r.country = ? OR r.igo = ? OR lower(r.name) = lower(?))";

  /** Where {@link EventRows#SELECT} names the events table; a page replaces it by a subquery. */
  private static final String EVENTS_TABLE = " FROM events e ";

  public QuerySql {
    params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
  }

  /** The full select of stored events ({@link EventRows#SELECT}) that {@code q} asks for. */
  public static QuerySql of(EventQuery q) {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    actor(q.actor(), "actor", where, params);
    actor(q.recipient(), "recipient", where, params);
    if (q.type() != null) {
      where.add("e.type = ?");
      params.add(q.type().name());
    }
    dateRange(q.from(), q.to(), where, params);
    if (q.modality() != null) {
      where.add("e.modality = ?");
      params.add(q.modality().json());
    }
    if (q.sanctionsOnly()) {
      where.add("e.has_sanctions");
    }
    if (q.cluster() != null) {
      where.add("e.cluster_id = ?");
      params.add(q.cluster());
    }
    if (q.text() != null) {
      where.add("contains(lower(e.evidence_sentence), lower(?))");
      params.add(q.text());
    }
    String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    if (q.limit() != null && q.sort() != EventQuery.Sort.FIRST_SEEN) {
      return page(q, filter, params);
    }
    StringBuilder sql = new StringBuilder(EventRows.SELECT).append(filter);
    sql.append(" ORDER BY ").append(q.sort().orderBy());
    if (q.limit() != null) {
      sql.append(" LIMIT ?");
      params.add(q.limit());
    }
    if (q.offset() > 0) {
      sql.append(" OFFSET ?");
      params.add(q.offset());
    }
    return new QuerySql(sql.toString(), params);
  }

  /**
   * A page of events in an order of their own columns: the page is cut from {@code events} alone,
   * and only its rows are joined to their articles and clusters (joining first made every page sort
   * a million joined rows).
   */
  private static QuerySql page(EventQuery q, String filter, List<Object> params) {
    StringBuilder inner =
        new StringBuilder("(SELECT * FROM events e")
            .append(filter)
            .append(" ORDER BY ")
            .append(q.sort().orderBy())
            .append(" LIMIT ?");
    params.add(q.limit());
    if (q.offset() > 0) {
      inner.append(" OFFSET ?");
      params.add(q.offset());
    }
    inner.append(")");
    String select = EventRows.SELECT;
    int at = select.indexOf(EVENTS_TABLE);
    if (at < 0 || select.indexOf(EVENTS_TABLE, at + 1) >= 0) {
      throw new IllegalStateException("EventRows.SELECT no longer reads 'FROM events e' once");
    }
    String sql =
        select.substring(0, at)
            + " FROM "
            + inner
            + " e "
            + select.substring(at + EVENTS_TABLE.length())
            + " ORDER BY "
            + q.sort().orderBy();
    return new QuerySql(sql, params);
  }

  /**
   * Adds the condition that an actor reference of {@code role} matches {@code value} (code prefix,
   * country, body or name), with its parameters; nothing when {@code value} is null.
   */
  static void actor(String value, String role, List<String> where, List<Object> params) {
    if (value == null) {
      return;
    }
    params.add(role);
    where.add(String.format(ACTOR_MATCH, refMatch(value, params)));
  }

  /**
   * The condition that actor reference {@code r} (a row of {@code actor_refs}) matches {@code
   * value}: CAMEO code prefix, country, body or name (any case); its parameters are added.
   */
  /** Events whose dates overlap [from, to]; either end may be null (open). */
  static void dateRange(
      java.time.LocalDate from, java.time.LocalDate to, List<String> where, List<Object> params) {
    if (from != null) {
      where.add("e.date_end >= ?");
      params.add(from);
    }
    if (to != null) {
      where.add("e.date_start <= ?");
      params.add(to);
    }
  }

  static String refMatch(String value, List<Object> params) {
    String code = value.toUpperCase(Locale.ROOT);
    params.add(code);
    params.add(code);
    params.add(code);
    params.add(value);
    return REF_MATCH;
  }
}
