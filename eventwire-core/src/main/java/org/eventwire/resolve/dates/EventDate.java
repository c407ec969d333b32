package org.eventwire.resolve.dates;

import org.eventwire.model.DatePrecision;

/**
 * When an event happened.
 *
 * @param date YYYY-MM-DD, YYYY-MM or YYYY, or null
 * @param precision day, month or year, or null
 * @param text the words that gave the date, or null
 * @param historical whether it lies well before the reporting window
 * @param rule the rule that decided, for {@code --explain}
 */
public record EventDate(
    String date, DatePrecision precision, String text, boolean historical, String rule) {

  public static EventDate unknown(String rule) {
    return new EventDate(null, null, null, false, rule);
  }
}
