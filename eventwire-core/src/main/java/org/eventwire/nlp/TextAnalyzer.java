package org.eventwire.nlp;

import java.time.LocalDate;

/**
 * Analyses text into sentences, tokens, dependencies and time expressions. Implementations are safe
 * to share between threads.
 */
public interface TextAnalyzer {

  /**
   * @param text text to analyse; characters to ignore may be blanked with spaces beforehand so that
   *     offsets still match the original
   * @param documentDate date to anchor relative time expressions, or null
   */
  ParsedDocument analyze(String text, LocalDate documentDate);
}
