package org.eventwire.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.store.EventStore;

/**
 * Who acts on whom in a period: directed edges between actors (country, else international body,
 * else actor code; parties of unknown country left out) weighted by the number of events, strongest
 * first.
 */
public final class ActorNetwork {

  /**
   * One directed edge.
   *
   * @param source the acting party
   * @param target the party acted on
   * @param events how many events
   * @param meanIntensity their mean intensity (-10 .. +10)
   */
  public record Edge(String source, String target, long events, double meanIntensity) {}

  private static final String PARTY = "coalesce(%1$s.country, %1$s.igo, %1$s.code)";

  private final EventStore store;

  public ActorNetwork(EventStore store) {
    this.store = store;
  }

  /** The {@code limit} strongest edges among events overlapping {@code from .. to} (null: open). */
  public List<Edge> edges(LocalDate from, LocalDate to, int limit) {
    String s = String.format(PARTY, "ra");
    String t = String.format(PARTY, "rr");
    List<String> where = new ArrayList<>(List.of(s + " IS NOT NULL", t + " IS NOT NULL"));
    where.add(s + " <> " + t);
    // CAMEO's "---" marks an unknown country (---GOV: some government); no node for it
    where.add("NOT starts_with(" + s + ", '---') AND NOT starts_with(" + t + ", '---')");
    List<Object> params = new ArrayList<>();
    QuerySql.dateRange(from, to, where, params);
    params.add(limit);
    String sql =
        "SELECT "
            + s
            + " AS s, "
            + t
            + " AS t, count(*) AS n, avg(e.intensity) AS mean FROM events e"
            + " JOIN actor_refs ra ON ra.event_id = e.id AND ra.role = 'actor'"
            + " JOIN actor_refs rr ON rr.event_id = e.id AND rr.role = 'recipient' WHERE "
            + String.join(" AND ", where)
            + " GROUP BY ALL ORDER BY n DESC, s, t LIMIT ?";
    return store.read(
        sql,
        params,
        r -> new Edge(r.getString("s"), r.getString("t"), r.getLong("n"), r.getDouble("mean")));
  }
}
