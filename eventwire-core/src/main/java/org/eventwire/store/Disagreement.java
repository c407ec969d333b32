package org.eventwire.store;

/**
 * A point on which a member of a cluster reports the happening otherwise than the cluster's first
 * record (its founder).
 *
 * @param clusterId the cluster
 * @param eventId the member that differs
 * @param kind {@code modality}, {@code date}, {@code place} or {@code mode}
 * @param founderValue what the founder says
 * @param memberValue what the member says
 */
public record Disagreement(
    String clusterId, String eventId, String kind, String founderValue, String memberValue) {}
