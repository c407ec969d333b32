package org.eventwire.nlp;

import java.util.List;

/**
 * Mentions that a coreference system found to name the same thing, in document order.
 *
 * @param mentions the mentions, in text order
 */
public record CorefChain(List<CorefMention> mentions) {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
