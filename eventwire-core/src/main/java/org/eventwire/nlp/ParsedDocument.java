package org.eventwire.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * An analysed text.
 *
 * @param text the text that was analysed (offsets point into it)
 * @param documentDate the date time expressions were normalised against, or null
 * @param sentences its sentences in order
 * @param chains coreference chains of two or more mentions (empty when coreference is off)
 */
public record ParsedDocument(
    String text, LocalDate documentDate, List<ParsedSentence> sentences, List<CorefChain> chains) {
  public ParsedDocument {
    sentences = List.copyOf(sentences);
    chains = chains == null ? List.of() : List.copyOf(chains);
  }

  /** A document without coreference chains. */
  public ParsedDocument(String text, LocalDate documentDate, List<ParsedSentence> sentences) {
    this(text, documentDate, sentences, List.of());
  }
}
