package org.eventwire.nlp;

/**
 * How CoreNLP is set up.
 *
 * @param fineGrainedNer run CoreNLP's fine-grained NER rules (slow; the actor knowledge base does
 *     most of their work)
 * @param maxSentenceTokens sentences longer than this are neither tagged nor parsed (their tokens
 *     get the tag {@code X} and no dependencies); they are rare in news and cost quadratic time
 * @param timeRecognizer who finds time expressions: our {@link TimeRules} (the default) or SUTime
 */
public record NlpConfig(
    boolean fineGrainedNer, int maxSentenceTokens, TimeRecognizer timeRecognizer) {
  public NlpConfig {
    if (timeRecognizer == null) {
      throw new IllegalArgumentException("NlpConfig: timeRecognizer must not be null");
    }
  }

  public static NlpConfig defaults() {
    return new NlpConfig(false, 120, TimeRecognizer.RULES);
  }

  public NlpConfig withTimeRecognizer(TimeRecognizer recognizer) {
    return new NlpConfig(fineGrainedNer, maxSentenceTokens, recognizer);
  }
}
