package org.eventwire.resolve.actors;

import java.util.List;
import org.eventwire.nlp.Token;

/**
 * A noun phrase naming a would-be actor, as the coder cut it out of a sentence.
 *
 * @param text the phrase text as it stands in the article
 * @param tokens its tokens in order (a contiguous or near-contiguous part of one sentence)
 * @param head index into {@code tokens} of the phrase's head token
 */
public record Phrase(String text, List<Token> tokens, int head) {
  public Phrase {
    tokens = List.copyOf(tokens);
  }

  public Token headToken() {
    return tokens.get(head);
  }
}
