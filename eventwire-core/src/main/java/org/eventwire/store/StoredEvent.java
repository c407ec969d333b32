package org.eventwire.store;

import org.eventwire.model.Event;

/** An event record as stored: the contract record, its cluster and its article. */
public record StoredEvent(Event event, Cluster cluster, ArticleMeta article) {

  public String clusterId() {
    return cluster.clusterId();
  }
}
