package org.eventwire.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One record of a PETRARCH validation suite.
 *
 * @param id record id
 * @param date story date, YYYYMMDD
 * @param text the sentence(s)
 * @param expected the expected codings; empty when none is expected
 * @param evaluate false for records upstream marks as never implemented
 * @param expectedError what the coder should report instead of events, or null
 * @param dictionaries the dictionary set the codes assume
 * @param parse the Penn-Treebank parse the reference coder was given (one line), or null
 */
public record PetrarchRecord(
    String id,
    String date,
    String text,
    List<Triple> expected,
    boolean evaluate,
    String expectedError,
    String dictionaries,
    String parse) {

  public PetrarchRecord {
    expected = expected == null ? List.of() : List.copyOf(expected);
  }

  /** The story date as a date. */
  public LocalDate storyDate() {
    return LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
  }
}
