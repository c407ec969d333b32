package org.eventwire.nlp;

/**
 * Which CoreNLP coreference system, if any, links mentions across an article's sentences. All run
 * on the dependency parse (no constituency parser is loaded); see docs/actors.md, "Coreference".
 */
public enum Coreference {
  /** No coreference: the coder's own reference rules only. */
  OFF,
  /** CoreNLP's statistical mention-ranking model. */
  STATISTICAL,
  /** CoreNLP's neural mention-ranking model (word embeddings; the largest and slowest). */
  NEURAL,
  /** CoreNLP's fast neural model. */
  FASTNEURAL
}
