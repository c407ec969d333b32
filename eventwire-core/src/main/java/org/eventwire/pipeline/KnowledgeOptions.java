package org.eventwire.pipeline;

import java.nio.file.Path;

/**
 * What the user adds to the bundled knowledge.
 *
 * @param consolidatedList the UN Security Council Consolidated List (XML) the user downloaded, or
 *     null
 * @param actorOverlay a folder of the user's own actor files, in the knowledge base's format and
 *     names, layered over the shipped ones (docs/actors.md), or null
 */
public record KnowledgeOptions(Path consolidatedList, Path actorOverlay) {
  /** Only the bundled knowledge. */
  public static KnowledgeOptions bundled() {
    return new KnowledgeOptions(null, null);
  }
}
