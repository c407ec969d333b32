package org.eventwire.resolve.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.DatePrecision;

/** Turns TIMEX3 values ({@code 2023-12-12}, {@code 2023-09}, {@code XXXX-11}) into dates. */
public final class TimexValues {
  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private TimexValues() {}

  /** A date and its precision, before tense correction. */
  public record Value(LocalDate start, DatePrecision precision) {
    public String format() {
      return switch (precision) {
        case DAY -> start.toString();
        case MONTH -> YearMonth.from(start).toString();
        case YEAR -> Integer.toString(start.getYear());
      };
    }
  }

  /**
   * Parses a TIMEX3 value; an unknown year (XXXX) takes the reference year, moved back one year
   * when {@code past} and the result would fall after the reference date.
   */
  public static Value parse(String value, LocalDate reference, boolean past) {
    if (value == null) {
      return null;
    }
    String v = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
    Matcher m;
    if ((m = DAY.matcher(v)).matches()) {
      return fixYear(
          m.group(1),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          DatePrecision.DAY,
          reference,
          past);
    }
    if ((m = MONTH.matcher(v)).matches()) {
      return fixYear(
          m.group(1), Integer.parseInt(m.group(2)), 1, DatePrecision.MONTH, reference, past);
    }
    if ((m = YEAR.matcher(v)).matches()) {
      return new Value(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR);
    }
    if ((m = WEEK.matcher(v)).matches()) {
      LocalDate monday =
          LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
              .with(
                  java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                  Integer.parseInt(m.group(2)))
              .with(DayOfWeek.MONDAY);
      return new Value(monday, DatePrecision.MONTH);
    }
    return null;
  }

  private static Value fixYear(
      String year, int month, int day, DatePrecision p, LocalDate reference, boolean past) {
    if (month < 1 || month > 12) {
      return null;
    }
    if (!year.equals("XXXX")) {
      return new Value(safeDate(Integer.parseInt(year), month, day), p);
    }
    if (reference == null) {
      return null;
    }
    LocalDate d = safeDate(reference.getYear(), month, day);
    if (past && d.isAfter(reference)) {
      d = safeDate(reference.getYear() - 1, month, day);
    }
    return new Value(d, p);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    YearMonth ym = YearMonth.of(y, m);
    return ym.atDay(Math.min(d, ym.lengthOfMonth()));
  }
}
