package org.eventwire.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * An analysed text.
 *
 * @param text the text that was analysed (offsets point into it)
 * @param documentDate the date time expressions were normalised against, or null
 * @param sentences its sentences in order
 */
public record ParsedDocument(String text, LocalDate documentDate, List<ParsedSentence> sentences) {
  public ParsedDocument {
    sentences = List.copyOf(sentences);
  }
}
