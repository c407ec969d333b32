package org.eventwire.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.eventwire.store.StoredEvent;

/** A stored event as the contract's JSON record, with its {@code cluster_id} added. */
public final class ContractJson {
  private final ObjectMapper mapper;

  public ContractJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The record as a JSON tree. */
  public ObjectNode tree(StoredEvent e) {
    ObjectNode node = mapper.valueToTree(e.event());
    node.put("cluster_id", e.clusterId());
    return node;
  }

  /** The record as one line of JSON. */
  public String line(StoredEvent e) {
    try {
      return mapper.writeValueAsString(tree(e));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
