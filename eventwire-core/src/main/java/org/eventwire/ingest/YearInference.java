package org.eventwire.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a dateline's month and day with a year taken from the years written in the text.
 *
 * <p>The rule: let {@code Y} be the latest year mentioned (a four-digit year 1900..2100 standing
 * alone or inside a full date) and {@code L} the latest full date mentioned ({@code 13 September
 * 2023}, {@code December 30, 2023}, {@code 2023-09-13}; a month with a year, {@code December 2023},
 * counts as its first day). The article date is the dateline month/day in year {@code Y}, or in
 * {@code Y + 1} when that would fall before {@code L}: a report is not older than the dates it
 * mentions. Examples: dated Dec 13 and mentioning 2019, 2021 and 13 September 2023 gives
 * 2023-12-13; dated Jan 5 and mentioning December 30, 2023 gives 2024-01-05.
 *
 * <p>A bare year right after {@code by}, {@code until}, {@code till} or {@code through} looks ahead
 * ("to finish by 2030") and is not counted. Other mentions of future years (a plan "for 2030")
 * still push the year forward: a known limit of the rule. With no year in the text, or no month and
 * day in the dateline, there is no inference.
 */
final class YearInference {
  private static final String MONTH = "\\b(?<month>" + Months.PATTERN + ")";
  private static final String YEAR = "(?<year>19\\d\\d|20\\d\\d|2100)\\b";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final List<DateForm> FULL_DATES =
      List.of(
          new DateForm("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, true, true),
          new DateForm(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, true, true),
          new DateForm(MONTH + ",?\\s+" + YEAR, true, false),
          new DateForm(
              "\\b(?<year>19\\d\\d|20\\d\\d)-(?<month>\\d\\d)-(?<day>\\d\\d)\\b", false, true));
  private static final Pattern BARE_YEAR =
      Pattern.compile(
          "(?<!\\d[-/.,]?)(?<lead>\\b(?:by|until|till|through)\\s+)?\\b" + YEAR + "(?![-/.,]?\\d)");

  /** The inferred date, or empty when the text gives no year or the dateline no month and day. */
  Optional<LocalDate> infer(String text, int month, int day) {
    if (month < 1 || day < 1) {
      return Optional.empty();
    }
    List<LocalDate> dates = fullDates(text);
    Optional<Integer> maxYear = years(text).stream().max(Comparator.naturalOrder());
    if (maxYear.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> latest = dates.stream().max(Comparator.naturalOrder());
    Optional<LocalDate> candidate = date(maxYear.get(), month, day);
    if (candidate.isPresent() && latest.isPresent() && candidate.get().isBefore(latest.get())) {
      return date(maxYear.get() + 1, month, day);
    }
    return candidate;
  }

  private static List<Integer> years(String text) {
    List<Integer> years = new ArrayList<>();
    Matcher m = BARE_YEAR.matcher(text);
    while (m.find()) {
      if (m.group("lead") == null) {
        years.add(Integer.parseInt(m.group("year")));
      }
    }
    fullDates(text).forEach(d -> years.add(d.getYear()));
    return years;
  }

  private static List<LocalDate> fullDates(String text) {
    List<LocalDate> dates = new ArrayList<>();
    for (DateForm form : FULL_DATES) {
      Matcher m = form.pattern().matcher(text);
      while (m.find()) {
        form.read(m).ifPresent(dates::add);
      }
    }
    return dates;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * One way of writing a full date.
   *
   * @param pattern with groups {@code year}, {@code month} and, when {@code hasDay}, {@code day}
   * @param monthByName whether the month is a name (else a number)
   * @param hasDay whether a day is given (else the first of the month is taken)
   */
  private record DateForm(Pattern pattern, boolean monthByName, boolean hasDay) {
    DateForm(String regex, boolean monthByName, boolean hasDay) {
      this(Pattern.compile(regex), monthByName, hasDay);
    }

    Optional<LocalDate> read(Matcher m) {
      String monthText = m.group("month");
      int month = monthByName ? Months.number(monthText) : Integer.parseInt(monthText);
      int day = hasDay ? Integer.parseInt(m.group("day")) : 1;
      return date(Integer.parseInt(m.group("year")), month, day);
    }
  }
}
