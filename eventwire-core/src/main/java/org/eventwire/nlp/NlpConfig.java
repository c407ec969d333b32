package org.eventwire.nlp;

/**
 * How CoreNLP is set up.
 *
 * @param fineGrainedNer run CoreNLP's fine-grained NER rules (slow; the actor knowledge base does
 *     most of their work)
 * @param maxSentenceTokens sentences longer than this are not parsed (they are rare in news and
 *     cost quadratic time)
 * @param coreference which CoreNLP coreference system links mentions across sentences (OFF: none)
 */
public record NlpConfig(boolean fineGrainedNer, int maxSentenceTokens, Coreference coreference) {
  public NlpConfig {
    coreference = coreference == null ? Coreference.OFF : coreference;
  }

  /** Without coreference. */
  public NlpConfig(boolean fineGrainedNer, int maxSentenceTokens) {
    this(fineGrainedNer, maxSentenceTokens, Coreference.OFF);
  }

  public static NlpConfig defaults() {
    return new NlpConfig(false, 120);
  }

  /** This configuration with another coreference setting. */
  public NlpConfig withCoreference(Coreference c) {
    return new NlpConfig(fineGrainedNer, maxSentenceTokens, c);
  }
}
