package org.eventwire.nlp;

/**
 * How CoreNLP is set up.
 *
 * @param fineGrainedNer run CoreNLP's fine-grained NER rules (slow; the actor knowledge base does
 *     most of their work)
 * @param maxSentenceTokens sentences longer than this are neither tagged nor parsed (their tokens
 *     get the tag {@code X} and no dependencies); they are rare in news and cost quadratic time
 * @param timeRecognizer who finds time expressions: our {@link TimeRules} (the default) or SUTime
 * @param parserPrecomputed how many of the parser's most frequent input features get their
 *     hidden-layer products computed once at load time (CoreNLP's default is 20,000; the English
 *     model lists about 100,000): each costs about 8 KB of heap and makes parsing faster
 * @param coreference which CoreNLP coreference system links mentions across sentences (OFF: none)
 */
public record NlpConfig(
    boolean fineGrainedNer,
    int maxSentenceTokens,
    TimeRecognizer timeRecognizer,
    int parserPrecomputed,
    Coreference coreference) {
  public NlpConfig {
    if (timeRecognizer == null) {
      throw new IllegalArgumentException("NlpConfig: timeRecognizer must not be null");
    }
    if (maxSentenceTokens < 1 || parserPrecomputed < 0) {
      throw new IllegalArgumentException(
          "NlpConfig: maxSentenceTokens must be positive and parserPrecomputed not negative, got "
              + maxSentenceTokens
              + " and "
              + parserPrecomputed);
    }
    coreference = coreference == null ? Coreference.OFF : coreference;
  }

  /** Without coreference. */
  public NlpConfig(
      boolean fineGrainedNer,
      int maxSentenceTokens,
      TimeRecognizer timeRecognizer,
      int parserPrecomputed) {
    this(fineGrainedNer, maxSentenceTokens, timeRecognizer, parserPrecomputed, Coreference.OFF);
  }

  public static NlpConfig defaults() {
    return new NlpConfig(false, 120, TimeRecognizer.RULES, 100_000, Coreference.OFF);
  }

  public NlpConfig withTimeRecognizer(TimeRecognizer recognizer) {
    return new NlpConfig(
        fineGrainedNer, maxSentenceTokens, recognizer, parserPrecomputed, coreference);
  }

  /** This configuration with another coreference setting. */
  public NlpConfig withCoreference(Coreference c) {
    return new NlpConfig(fineGrainedNer, maxSentenceTokens, timeRecognizer, parserPrecomputed, c);
  }
}
