package org.eventwire.resolve.actors;

import java.util.List;

/**
 * One name of a knowledge-base entry as the matcher looks it up.
 *
 * @param kind what the name says about the entry
 * @param entry the entry
 * @param form the name's words (for case rules: abbreviations in capitals match only capitals)
 */
record LexEntry(Kind kind, KbEntry entry, List<Word> form) {

  /** Kinds of names, in precedence order when one name has several. */
  enum Kind {
    ORGANIZATION,
    PERSON,
    IGO,
    COUNTRY,
    ADJECTIVE,
    CAPITAL,
    REGION,
    SURNAME,
    SECTOR,
    NONACTOR;

    /** True for kinds whose last word may be a regular plural in the text ("Israelis"). */
    boolean acceptsPlural() {
      return this == ADJECTIVE || this == REGION || this == SECTOR || this == NONACTOR;
    }

    /** True for proper names, which need a capital letter somewhere in the text. */
    boolean isProperName() {
      return this != SECTOR && this != NONACTOR;
    }
  }

  LexEntry {
    form = List.copyOf(form);
  }

  /** True when the text words (same length as the form) obey this name's case rules. */
  boolean caseMatches(List<Word> text) {
    boolean anyUpper = false;
    for (int i = 0; i < form.size(); i++) {
      Word t = text.get(i);
      if (form.get(i).isCapitalised() && !t.isCapitalised()) {
        return false;
      }
      anyUpper |= t.startsUpper();
    }
    return anyUpper || !kind.isProperName();
  }
}
