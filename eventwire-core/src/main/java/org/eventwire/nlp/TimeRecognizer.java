package org.eventwire.nlp;

/** Which recogniser finds and normalises time expressions. */
public enum TimeRecognizer {
  /** CoreNLP's SUTime inside the NER annotator (TokensRegex rules; about half the NLP time). */
  SUTIME,
  /** eventwire's own {@link TimeRules} over the tagged tokens, with SUTime switched off. */
  RULES
}
