package org.eventwire.store;

import java.util.List;

/**
 * What {@link ClusterRule} decided for an incoming record and one candidate cluster.
 *
 * @param join whether the record joins the cluster
 * @param reason the named test that decided, with its values (for {@code cluster_members} and
 *     explanations)
 * @param score how well it matches when it joins (more shared parties, the same date, the same
 *     place score higher); the best-scoring candidate wins, ties to the smaller cluster id
 * @param disagreements where the record differs from the cluster's founder, when it joins
 */
public record ClusterDecision(
    boolean join, String reason, int score, List<Disagreement> disagreements) {

  public ClusterDecision {
    disagreements = List.copyOf(disagreements);
  }

  static ClusterDecision apart(String reason) {
    return new ClusterDecision(false, reason, 0, List.of());
  }
}
