package org.eventwire.nlp;

/**
 * How CoreNLP is set up.
 *
 * @param fineGrainedNer run CoreNLP's fine-grained NER rules (slow; the actor knowledge base does
 *     most of their work)
 * @param maxSentenceTokens sentences longer than this are not parsed (they are rare in news and
 *     cost quadratic time)
 */
public record NlpConfig(boolean fineGrainedNer, int maxSentenceTokens) {
  public static NlpConfig defaults() {
    return new NlpConfig(false, 120);
  }
}
