package org.eventwire.store;

import java.time.LocalDate;

/**
 * A group of event records that describe one happening, with its source counts.
 *
 * @param clusterId the cluster's id (for now each event is its own cluster: its event id)
 * @param firstReport earliest publication date among the cluster's articles, or null
 * @param nArticles distinct article texts (syndicated copies count once)
 * @param nOutlets distinct named outlets that carried any of those texts
 * @param nCopies every (article, outlet, URL, input) that carried them: GDELT-style mentions
 */
public record Cluster(
    String clusterId, LocalDate firstReport, int nArticles, int nOutlets, int nCopies) {}
