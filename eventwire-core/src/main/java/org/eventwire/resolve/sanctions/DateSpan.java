package org.eventwire.resolve.sanctions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days an event date may mean: a day, a whole month or a whole year.
 *
 * @param first first day
 * @param last last day (inclusive)
 */
public record DateSpan(LocalDate first, LocalDate last) {

  public DateSpan {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("span ends before it starts: " + first + " " + last);
    }
  }

  /** One day. */
  public static DateSpan day(LocalDate day) {
    return new DateSpan(day, day);
  }

  /**
   * The span of a record date ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}); empty when the
   * date is null or not in one of those forms.
   */
  public static Optional<DateSpan> parse(String date) {
    if (date == null || date.isBlank()) {
      return Optional.empty();
    }
    String text = date.strip();
    try {
      if (text.length() == 10) {
        return Optional.of(day(LocalDate.parse(text)));
      }
      if (text.length() == 7) {
        YearMonth month = YearMonth.parse(text);
        return Optional.of(new DateSpan(month.atDay(1), month.atEndOfMonth()));
      }
      if (text.length() == 4) {
        int year = Integer.parseInt(text);
        return Optional.of(new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
