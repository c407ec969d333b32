package org.eventwire.store;

/**
 * An event's place in its cluster, and why.
 *
 * @param eventId the event
 * @param articleId its article
 * @param founder whether it founded the cluster (the cluster is named by its id)
 * @param score the joining score ({@link ClusterDecision#score()}; 0 for a founder)
 * @param reason the rule and values that put it there
 */
public record ClusterMember(
    String eventId, String articleId, boolean founder, int score, String reason) {}
