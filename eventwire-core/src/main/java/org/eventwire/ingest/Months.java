package org.eventwire.ingest;

import java.util.Locale;

/** English month names as written in news copy: full, abbreviated, with or without a period. */
final class Months {
  /** A regular-expression alternative matching any month name form (no capture group). */
  static final String PATTERN =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  private static final String[] PREFIXES = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private Months() {}

  /** 1..12 for a month name matched by {@link #PATTERN} (any case), else 0. */
  static int number(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < PREFIXES.length; i++) {
      if (lower.startsWith(PREFIXES[i])) {
        return i + 1;
      }
    }
    return 0;
  }
}
