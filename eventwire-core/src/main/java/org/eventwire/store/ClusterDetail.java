package org.eventwire.store;

import java.util.List;

/**
 * What a cluster reports: its counts, its articles (earliest publication first: the first report
 * leads), its distinct outlets (syndicated copies count once), its members and where the reports
 * disagree.
 */
public record ClusterDetail(
    Cluster cluster,
    List<ArticleMeta> articles,
    List<String> outlets,
    List<ClusterMember> members,
    List<Disagreement> disagreements) {

  public ClusterDetail {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    members = List.copyOf(members);
    disagreements = List.copyOf(disagreements);
  }

  /** The earliest article (by publication date, then id), or null for an empty cluster. */
  public ArticleMeta firstReport() {
    return articles.isEmpty() ? null : articles.get(0);
  }
}
