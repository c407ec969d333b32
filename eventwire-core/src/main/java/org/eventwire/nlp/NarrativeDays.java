package org.eventwire.nlp;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The days an article has named so far, for the phrases that count from them ("the same day",
 * "hours after the statement"): the last day named, and for each noun or verb the day named in the
 * last sentence that used it. One instance per document, fed sentence by sentence; not shared.
 */
public final class NarrativeDays {
  private LocalDate last;
  private final Map<String, LocalDate> byWord = new HashMap<>();

  /** The last day named before the current sentence, or null. */
  public LocalDate last() {
    return last;
  }

  /**
   * The first day named by the last sentence that named days and used {@code lemma} ("hours after
   * the statement": the statement's day); else the last day named; or null.
   */
  public LocalDate of(String lemma) {
    return byWord.getOrDefault(lemma.toLowerCase(Locale.ROOT), last);
  }

  /**
   * A sentence that named days has been read: its words take the first day it named (the main
   * clause's, as a lead puts it first), the narrative the last.
   */
  void note(List<Token> tokens, LocalDate first, LocalDate lastNamed) {
    last = lastNamed;
    for (Token t : tokens) {
      if (t.isNoun() || t.isVerb()) {
        byWord.put(t.lemma().toLowerCase(Locale.ROOT), first);
      }
    }
  }
}
