package org.eventwire.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventwire.store.EventStore;

/**
 * What two actors did to each other over time: per period, direction, PLOVER type and quad class,
 * the number of events and their mean intensity. Only events dated at least as precisely as the
 * period are counted (a month-dated event has no day to fall on).
 */
public final class DyadTimeline {

  /** The length of one period; each maps to a fixed SQL fragment, never to user text. */
  public enum Interval {
    DAY("day", "e.date_precision = 'day'"),
    WEEK("week", "e.date_precision = 'day'"),
    MONTH("month", "e.date_precision IN ('day', 'month')");

    private final String part;
    private final String precision;

    Interval(String part, String precision) {
      this.part = part;
      this.precision = precision;
    }

    /** The interval named {@code day}, {@code week} or {@code month} (any case). */
    public static Interval parse(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * One cell of the timeline.
   *
   * @param period first day of the period
   * @param direction {@code a_to_b} when the first actor acted on the second, else {@code b_to_a}
   * @param type PLOVER type
   * @param quadClass quad class 1..4
   * @param events how many events
   * @param meanIntensity their mean intensity (-10 .. +10)
   */
  public record Point(
      LocalDate period,
      String direction,
      String type,
      int quadClass,
      long events,
      double meanIntensity) {}

  private final EventStore store;

  public DyadTimeline(EventStore store) {
    this.store = store;
  }

  /**
   * The timeline between actors {@code a} and {@code b} (each matched as the query's actor filter),
   * optionally limited to events that overlap {@code from .. to}.
   */
  public List<Point> between(String a, String b, Interval interval, LocalDate from, LocalDate to) {
    List<Object> params = new ArrayList<>();
    // one scan of actor_refs: which side of the dyad each event's actors and recipients are on
    String roles =
        "SELECT r.event_id,"
            + " bool_or(r.role = 'actor' AND %1$s) AS a_acts,"
            + " bool_or(r.role = 'recipient' AND %2$s) AS b_gets,"
            + " bool_or(r.role = 'actor' AND %3$s) AS b_acts,"
            + " bool_or(r.role = 'recipient' AND %4$s) AS a_gets"
            + " FROM actor_refs r WHERE r.role IN ('actor', 'recipient') AND (%5$s OR %6$s)"
            + " GROUP BY r.event_id";
    String sides =
        String.format(
            roles,
            QuerySql.refMatch(a, params),
            QuerySql.refMatch(b, params),
            QuerySql.refMatch(b, params),
            QuerySql.refMatch(a, params),
            QuerySql.refMatch(a, params),
            QuerySql.refMatch(b, params));
    List<String> where = new ArrayList<>();
    where.add("((m.a_acts AND m.b_gets) OR (m.b_acts AND m.a_gets))");
    where.add(interval.precision);
    QuerySql.dateRange(from, to, where, params);
    String sql =
        "SELECT CAST(date_trunc('"
            + interval.part
            + "', e.date_start) AS DATE) AS period,"
            + " CASE WHEN m.a_acts AND m.b_gets THEN 'a_to_b' ELSE 'b_to_a' END AS direction,"
            + " e.type, e.quad_class, count(*) AS n, avg(e.intensity) AS mean"
            + " FROM ("
            + sides
            + ") m JOIN events e ON e.id = m.event_id WHERE "
            + String.join(" AND ", where)
            + " GROUP BY ALL ORDER BY period, direction, e.quad_class, e.type";
    return store.read(
        sql,
        params,
        r ->
            new Point(
                r.getObject("period", LocalDate.class),
                r.getString("direction"),
                r.getString("type"),
                r.getInt("quad_class"),
                r.getLong("n"),
                r.getDouble("mean")));
  }
}
