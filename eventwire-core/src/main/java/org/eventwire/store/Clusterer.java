package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.Event;

/**
 * Puts each new event into a cluster, inside the transaction that stores its article: candidate
 * clusters come from an indexed lookup ({@code cluster_keys}: type + sorted pair of parties, date
 * window overlapping), {@link ClusterRule} decides against each candidate's founder, and the best
 * joining candidate (highest score, then smallest cluster id) wins; with none the event founds its
 * own cluster, named by its event id. A cluster never takes two events of one article: the coder
 * already merged what one article says twice.
 */
final class Clusterer {
  private static final String CANDIDATES =
      "SELECT DISTINCT cluster_id FROM cluster_keys WHERE key IN (%s)"
          + " AND window_start <= ? AND window_end >= ? ORDER BY cluster_id";

  private final Connection connection;
  private final EventRows rows;
  private final ClusterRule rule;
  private final Map<String, Report> founders = new FounderCache();

  Clusterer(Connection connection, EventRows rows, ClusterRule rule) {
    this.connection = connection;
    this.rows = rows;
    this.rule = rule;
  }

  /** Where an event goes: a new cluster of its own, or an existing one. */
  record Assignment(String clusterId, boolean founds, ClusterDecision decision) {}

  /**
   * Decides the cluster of {@code e}, an event of an article published on {@code published}; {@code
   * taken} are the clusters the article's earlier events went to (never joined again).
   */
  Assignment assign(Event e, LocalDate published, Set<String> taken) throws SQLException {
    if (e.type() == null) {
      throw new SQLException("event " + e.id() + " has no type");
    }
    Report incoming = new Report(e, published);
    Optional<LocalDate[]> window = HappeningKeys.window(incoming);
    List<String> keys = HappeningKeys.lookup(e);
    Assignment best = null;
    if (window.isPresent() && !keys.isEmpty()) {
      for (String candidate : candidates(keys, window.get())) {
        if (taken.contains(candidate)) {
          continue;
        }
        ClusterDecision d = rule.decide(candidate, founder(candidate), incoming);
        if (d.join() && (best == null || d.score() > best.decision().score())) {
          best = new Assignment(candidate, false, d);
        }
      }
    }
    return best != null
        ? best
        : new Assignment(e.id(), true, new ClusterDecision(true, "founder", 0, List.of()));
  }

  /**
   * Records an assignment once its event is stored: membership, disagreements, keys, and the
   * cluster's counts (kept incrementally: a new article adds one article and one copy, its outlet
   * when new to the cluster, and may move the first report earlier).
   */
  void record(Assignment a, Event e, LocalDate published, String source) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO cluster_members VALUES (?, ?, ?, ?, ?, ?)")) {
      p.setString(1, e.id());
      p.setString(2, a.clusterId());
      p.setString(3, e.articleId());
      p.setBoolean(4, a.founds());
      p.setInt(5, a.decision().score());
      p.setString(6, a.decision().reason());
      p.executeUpdate();
    }
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO cluster_disagreements VALUES (?, ?, ?, ?, ?)")) {
      for (Disagreement d : a.decision().disagreements()) {
        p.setString(1, d.clusterId());
        p.setString(2, d.eventId());
        p.setString(3, d.kind());
        p.setString(4, d.founderValue());
        p.setString(5, d.memberValue());
        p.executeUpdate();
      }
    }
    if (a.founds()) {
      file(e, published);
      execute(
          "INSERT INTO clusters VALUES (?, ?, 1, 0, 0)", Arrays.asList(a.clusterId(), published));
    } else {
      execute(
          "UPDATE clusters SET n_articles = n_articles + 1, first_report = CASE WHEN first_report"
              + " IS NULL OR ? < first_report THEN ? ELSE first_report END WHERE cluster_id = ?",
          Arrays.asList(published, published, a.clusterId()));
    }
    addCopy(a.clusterId(), source);
  }

  /** Counts one more copy (from outlet {@code source}, maybe null) of an article of a cluster. */
  void addCopy(String clusterId, String source) throws SQLException {
    int newOutlet = 0;
    if (source != null
        && strings(
                "SELECT source FROM cluster_outlets WHERE cluster_id = ? AND source = ?",
                List.of(clusterId, source))
            .isEmpty()) {
      execute("INSERT INTO cluster_outlets VALUES (?, ?)", List.of(clusterId, source));
      newOutlet = 1;
    }
    execute(
        "UPDATE clusters SET n_copies = n_copies + 1, n_outlets = n_outlets + ?"
            + " WHERE cluster_id = ?",
        List.of(newOutlet, clusterId));
  }

  private void execute(String sql, List<?> params) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      p.executeUpdate();
    }
  }

  private void file(Event e, LocalDate published) throws SQLException {
    Optional<LocalDate[]> window = HappeningKeys.window(new Report(e, published));
    if (window.isEmpty()) {
      return; // nothing can be compared with it
    }
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO cluster_keys VALUES (?, ?, ?, ?)")) {
      for (String key : HappeningKeys.filedUnder(e)) {
        p.setString(1, key);
        p.setString(2, e.id());
        p.setObject(3, window.get()[0]);
        p.setObject(4, window.get()[1]);
        p.executeUpdate();
      }
    }
  }

  /** The clusters that hold events of an article. */
  List<String> clustersOf(String articleId) throws SQLException {
    return strings(
        "SELECT DISTINCT cluster_id FROM cluster_members WHERE article_id = ? ORDER BY 1",
        List.of(articleId));
  }

  private List<String> candidates(List<String> keys, LocalDate[] window) throws SQLException {
    String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
    List<Object> params = new ArrayList<>(keys);
    params.add(window[1]);
    params.add(window[0]);
    return strings(String.format(CANDIDATES, marks), params);
  }

  /**
   * The founder of a cluster. Founders never change once stored, and a founder read here was
   * committed before (the article being written never compares with its own clusters), so they are
   * cached.
   */
  private Report founder(String clusterId) throws SQLException {
    Report cached = founders.get(clusterId);
    if (cached != null) {
      return cached;
    }
    Report read = readFounder(clusterId);
    founders.put(clusterId, read);
    return read;
  }

  private Report readFounder(String clusterId) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(EventRows.SELECT + " WHERE e.id = ?")) {
      p.setString(1, clusterId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("cluster " + clusterId + " has no founder event");
        }
        StoredEvent s = rows.read(r);
        return new Report(s.event(), s.article().published());
      }
    }
  }

  /** The most recently used founders, at most {@value #MAX}. */
  private static final class FounderCache extends LinkedHashMap<String, Report> {
    private static final int MAX = 50_000;

    FounderCache() {
      super(1024, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) {
      return size() > MAX;
    }
  }

  private List<String> strings(String sql, List<?> params) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      List<String> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    }
  }
}
