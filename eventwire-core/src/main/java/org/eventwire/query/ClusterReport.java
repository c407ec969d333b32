package org.eventwire.query;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eventwire.store.ArticleMeta;
import org.eventwire.store.Cluster;
import org.eventwire.store.ClusterDetail;
import org.eventwire.store.ClusterMember;
import org.eventwire.store.Disagreement;
import org.eventwire.store.EventStore;

/** Reads one cluster's articles, outlets, members and disagreements from the store. */
public final class ClusterReport {
  private final EventStore store;

  public ClusterReport(EventStore store) {
    this.store = store;
  }

  /** The cluster with this id, if stored. */
  public Optional<ClusterDetail> find(String clusterId) {
    List<Cluster> found =
        store.select(
            "SELECT cluster_id, first_report, n_articles, n_outlets, n_copies FROM clusters"
                + " WHERE cluster_id = ?",
            List.of(clusterId),
            r ->
                new Cluster(
                    r.getString(1),
                    r.getObject(2, LocalDate.class),
                    r.getInt(3),
                    r.getInt(4),
                    r.getInt(5)));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ClusterDetail(
            found.get(0),
            articles(clusterId),
            store.select(
                "SELECT source FROM cluster_outlets WHERE cluster_id = ? ORDER BY source",
                List.of(clusterId),
                r -> r.getString(1)),
            store.select(
                "SELECT event_id, article_id, founder, score, reason FROM cluster_members"
                    + " WHERE cluster_id = ? ORDER BY founder DESC, event_id",
                List.of(clusterId),
                r ->
                    new ClusterMember(
                        r.getString(1),
                        r.getString(2),
                        r.getBoolean(3),
                        r.getInt(4),
                        r.getString(5))),
            store.select(
                "SELECT cluster_id, event_id, kind, founder_value, member_value"
                    + " FROM cluster_disagreements WHERE cluster_id = ? ORDER BY event_id, kind",
                List.of(clusterId),
                r ->
                    new Disagreement(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5)))));
  }

  private List<ArticleMeta> articles(String clusterId) {
    return store.select(
        "SELECT DISTINCT a.id, a.source, a.url, a.title, a.published, a.first_seen"
            + " FROM cluster_members m JOIN articles a ON a.id = m.article_id"
            + " WHERE m.cluster_id = ? ORDER BY a.published NULLS LAST, a.id",
        List.of(clusterId),
        r -> {
          Timestamp seen = r.getTimestamp(6);
          return new ArticleMeta(
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              r.getObject(5, LocalDate.class),
              seen == null ? null : seen.toLocalDateTime());
        });
  }
}
