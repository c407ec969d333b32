package org.eventwire.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.Dateline;
import org.eventwire.model.TextSpan;

/**
 * Recognises a dateline at the start of a line, in the styles of the main wire services:
 *
 * <ul>
 *   <li>agency in parentheses, with or without month and day: {@code Seoul, Dec 13 (EFE).-}, {@code
 *       WASHINGTON (AP) —}, {@code LONDON, March 3 (Reuters) -}, {@code SEOUL, Dec. 13 (Yonhap)
 *       --}, {@code KYIV, Ukraine (AP) —};
 *   <li>agency between bars: {@code Paris, France | AFP |};
 *   <li>no agency: {@code BEIJING, Dec 13 —} or an all-capitals place followed by a dash, {@code
 *       GENEVA —}.
 * </ul>
 *
 * <p>The dateline span runs from the place to the end of the separator; the place is the city as
 * written, and a following region or country is kept apart ({@code KYIV, Ukraine}: Kyiv, Ukraine).
 */
final class DatelineParser {
  private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
  private static final String PLACE =
      "(?<place>" + WORD + "(?: (?:" + WORD + "|de|da|do|del|es|el|al|la|di|upon|am)){0,3})";
  private static final String REGION =
      "(?:,\\s+(?!" + Months.PATTERN + "\\s+\\d)(?<region>" + WORD + "(?: " + WORD + "){0,2}))?";
  private static final String DATE =
      "(?:,?\\s+(?<month>" + Months.PATTERN + ")\\s+(?<day>\\d{1,2})(?!\\d))?";
  private static final String AGENCY = "(?<agency>\\p{L}[\\p{L}&.' \\-]{0,28}\\p{L}\\.?)";

  private static final Pattern IN_PARENS =
      Pattern.compile(
          PLACE + REGION + DATE + "\\s*\\(" + AGENCY + "\\)\\s*(?:\\.?\\s?(?:--|-|—|–|:))");
  private static final Pattern BETWEEN_BARS =
      Pattern.compile(PLACE + REGION + "\\s*\\|\\s*" + AGENCY + "\\s*\\|");
  private static final Pattern NO_AGENCY =
      Pattern.compile(PLACE + REGION + DATE + "(?:\\s+(?:--|-)|\\s*(?:—|–))(?=\\s)");

  /** The dateline starting at {@code line.start()} of {@code text}, if there is one. */
  Optional<Dateline> parse(String text, Line line) {
    Matcher m = matcher(IN_PARENS, text, line);
    if (m.lookingAt()) {
      return Optional.of(dateline(m, m.group("agency"), m.group("month")));
    }
    m = matcher(BETWEEN_BARS, text, line);
    if (m.lookingAt()) {
      return Optional.of(dateline(m, m.group("agency"), null));
    }
    m = matcher(NO_AGENCY, text, line);
    if (m.lookingAt() && (m.group("month") != null || isCapitals(m.group("place")))) {
      return Optional.of(dateline(m, null, m.group("month")));
    }
    return Optional.empty();
  }

  private static Matcher matcher(Pattern pattern, String text, Line line) {
    return pattern.matcher(text).region(line.start(), line.end());
  }

  private static Dateline dateline(Matcher m, String agency, String monthName) {
    int month = monthName == null ? 0 : Months.number(monthName);
    int day = month > 0 ? Integer.parseInt(m.group("day")) : 0;
    if (day < 1 || day > 31) {
      month = 0;
      day = 0;
    }
    String agencyName = agency == null ? null : agency.strip();
    return new Dateline(
        m.group("place"),
        m.group("region"),
        agencyName,
        month,
        day,
        new TextSpan(m.start(), m.end()));
  }

  private static boolean isCapitals(String place) {
    return place.length() > 1 && place.equals(place.toUpperCase(Locale.ROOT));
  }
}
