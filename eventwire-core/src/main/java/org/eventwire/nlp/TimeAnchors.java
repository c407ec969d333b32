package org.eventwire.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Resolves the parts of a time expression against the publication date into TIMEX3 values, with
 * SUTime's conventions (so that {@code resolve.dates} reads both recognisers' output alike): a bare
 * weekday, month or day of a month is the nearest one to the publication date; "last" and "next"
 * move whole ISO weeks, months or years. Without a publication date, a month keeps an unknown year
 * ({@code XXXX-09}) and relative expressions have no value.
 */
final class TimeAnchors {
  private TimeAnchors() {}

  /** The weekday ({@code 1} = Monday) nearest to the reference day, at most three days away. */
  static String nearestWeekday(LocalDate ref, int isoDay) {
    if (ref == null) {
      return "XXXX-WXX-" + isoDay;
    }
    int diff = isoDay - ref.getDayOfWeek().getValue();
    if (diff > 3) {
      diff -= 7;
    } else if (diff < -3) {
      diff += 7;
    }
    return ref.plusDays(diff).toString();
  }

  /** The weekday in the ISO week {@code shift} weeks from the reference day's. */
  static String weekdayOfWeek(LocalDate ref, int isoDay, int shift) {
    if (ref == null) {
      return null;
    }
    return ref.plusWeeks(shift).with(DayOfWeek.of(isoDay)).toString();
  }

  /** The day of a month nearest to the reference day (a tie goes to the earlier one). */
  static String nearestMonthDay(LocalDate ref, int month, int day) {
    if (ref == null) {
      return String.format("XXXX-%02d-%02d", month, day);
    }
    LocalDate best = null;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      if (!YearMonth.of(y, month).isValidDay(day)) {
        continue;
      }
      LocalDate c = LocalDate.of(y, month, day);
      if (best == null || distance(ref, c) < distance(ref, best)) {
        best = c;
      }
    }
    return best == null ? null : best.toString();
  }

  /** The month whose first day is nearest to the reference day. */
  static String nearestMonth(LocalDate ref, int month) {
    if (ref == null) {
      return String.format("XXXX-%02d", month);
    }
    LocalDate best = null;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate c = LocalDate.of(y, month, 1);
      if (best == null || distance(ref, c) < distance(ref, best)) {
        best = c;
      }
    }
    return YearMonth.from(best).toString();
  }

  /**
   * A named month moved by a shift: "last September" is the latest September before the reference
   * month, "next March" the first March after it, "this May" the one in the reference year.
   */
  static String shiftedMonth(LocalDate ref, int month, int shift) {
    int refMonth = ref.getMonthValue();
    int year = ref.getYear();
    if (shift < 0) {
      year = month < refMonth ? year : year - 1;
    } else if (shift > 0) {
      year = month > refMonth ? year : year + 1;
    }
    return month(year, month);
  }

  /** A full date if the day exists, else null. */
  static String day(int year, int month, int day) {
    return YearMonth.of(year, month).isValidDay(day)
        ? LocalDate.of(year, month, day).toString()
        : null;
  }

  static String month(int year, int month) {
    return YearMonth.of(year, month).toString();
  }

  /** The reference day moved by whole days. */
  static String dayOffset(LocalDate ref, int days) {
    return ref == null ? null : ref.plusDays(days).toString();
  }

  /** The period (D, W, M, Y or E) containing the reference day, moved by {@code shift} periods. */
  static String period(LocalDate ref, String unit, int shift) {
    if (ref == null) {
      return null;
    }
    return switch (unit) {
      case "D" -> ref.plusDays(shift).toString();
      case "W" -> isoWeek(ref.plusWeeks(shift));
      case "M" -> YearMonth.from(ref).plusMonths(shift).toString();
      case "Y" -> Integer.toString(ref.getYear() + shift);
      case "E" -> (ref.getYear() + 10 * shift) / 10 + "X";
      default -> null;
    };
  }

  /**
   * The point {@code n} periods before the reference day ("two days ago"), as precise as the
   * period: a day for days and weeks, a month for months, a year for years and decades.
   */
  static String ago(LocalDate ref, String unit, int n) {
    if (ref == null) {
      return null;
    }
    return switch (unit) {
      case "D" -> ref.minusDays(n).toString();
      case "W" -> ref.minusWeeks(n).toString();
      case "M" -> YearMonth.from(ref).minusMonths(n).toString();
      case "Y" -> Integer.toString(ref.getYear() - n);
      case "E" -> Integer.toString(ref.getYear() - 10 * n);
      default -> null;
    };
  }

  static String isoWeek(LocalDate d) {
    return String.format(
        "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }
}
