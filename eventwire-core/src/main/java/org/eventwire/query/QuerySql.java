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

  private static final String ACTOR_MATCH =
      "EXISTS (SELECT 1 FROM actor_refs r WHERE r.event_id = e.id AND r.role = ? AND"
          + " (starts_with(r.code, ?) OR r.country = ? OR r.igo = ? OR lower(r.name) = lower(?)))";

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
    if (q.from() != null) {
      where.add("e.date_end >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      where.add("e.date_start <= ?");
      params.add(q.to());
    }
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
    StringBuilder sql = new StringBuilder(EventRows.SELECT);
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
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
   * Adds the condition that an actor reference of {@code role} matches {@code value} (code prefix,
   * country, body or name), with its parameters; nothing when {@code value} is null.
   */
  static void actor(String value, String role, List<String> where, List<Object> params) {
    if (value == null) {
      return;
    }
    String code = value.toUpperCase(Locale.ROOT);
    where.add(ACTOR_MATCH);
    params.add(role);
    params.add(code);
    params.add(code);
    params.add(code);
    params.add(value);
  }
}
