package org.eventwire.resolve.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.eventwire.model.DatePrecision;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.TimeWords;

/**
 * Dates counted from another clause's date: "suspended Lesotho on Friday, two days after soldiers
 * detained the prime minister" puts the detention two days before Friday. Two parses of it are
 * read: the clause of after (before) with its distance, and the distance phrase with the clause
 * hung on it.
 */
final class DateOffsets {
  private static final Set<String> CLAUSE_UNITS = Set.of("day", "week", "month", "year");
  private static final Set<String> PHRASE_UNITS = Set.of("day", "week");

  /** A date found this way and the words that gave it ("two days after"). */
  record Offset(TimexValues.Value value, String text) {}

  private final TimeWords words;

  DateOffsets(TimeWords words) {
    this.words = words;
  }

  /**
   * The date of the clause at {@code p} counted from the clause it hangs on, or null.
   *
   * @param anchorOf the date of a verb by its own words, or null
   */
  Offset of(DependencyGraph g, int p, LocalDate published, IntFunction<EventDate> anchorOf) {
    Offset onPhrase = onPhrase(g, p, published, anchorOf);
    return onPhrase != null ? onPhrase : onClause(g, p, published, anchorOf);
  }

  /** "two days after soldiers detained ...", parsed as an after-clause with its distance. */
  private Offset onClause(
      DependencyGraph g, int p, LocalDate published, IntFunction<EventDate> anchorOf) {
    if (!g.baseRelation(p).equals("advcl") || g.head(p) < 0) {
      return null;
    }
    int sign = sign(g, g.childrenByRelation(p, "mark"));
    if (sign == 0) {
      return null;
    }
    for (var d : g.children(p)) {
      int unit = d.dependent();
      if (CLAUSE_UNITS.contains(lemma(g, unit)) && amount(g, unit) != null) {
        return counted(g, unit, sign, g.head(p), published, anchorOf);
      }
    }
    return null;
  }

  /**
   * "freed him on Saturday, two days after X raised the case", with "days" an after-phrase of
   * <i>freed</i> and <i>raised</i> hung on "days".
   */
  private Offset onPhrase(
      DependencyGraph g, int p, LocalDate published, IntFunction<EventDate> anchorOf) {
    int unit = g.head(p);
    if (unit < 0 || !g.baseRelation(p).equals("dep") || g.head(unit) < 0) {
      return null;
    }
    int sign = sign(g, g.childrenByRelation(unit, "case"));
    if (sign == 0 || amount(g, unit) == null || !PHRASE_UNITS.contains(lemma(g, unit))) {
      return null;
    }
    return counted(g, unit, sign, g.head(unit), published, anchorOf);
  }

  /** The anchor verb's date moved by the unit's distance, or null when the anchor has none. */
  private Offset counted(
      DependencyGraph g,
      int unit,
      int sign,
      int anchorVerb,
      LocalDate published,
      IntFunction<EventDate> anchorOf) {
    EventDate anchor = null; // "accused X on Tuesday of trying to ..., a day after": Tuesday
    for (int v = anchorVerb, steps = 0; v >= 0 && anchor == null && steps < 3; steps++) {
      anchor = anchorOf.apply(v);
      v = g.token(v).isVerb() ? g.head(v) : -1;
    }
    TimexValues.Value v =
        anchor == null || anchor.date() == null
            ? null
            : TimexValues.parse(anchor.date(), published, true);
    if (v == null) {
      return null;
    }
    String u = lemma(g, unit);
    long n = (long) sign * amount(g, unit);
    LocalDate at =
        switch (u) {
          case "day" -> v.start().plusDays(n);
          case "week" -> v.start().plusWeeks(n);
          case "month" -> v.start().plusMonths(n);
          default -> v.start().plusYears(n);
        };
    DatePrecision precision =
        u.equals("year")
            ? DatePrecision.YEAR
            : u.equals("month") ? DatePrecision.MONTH : v.precision();
    List<Integer> counts = g.childrenByRelation(unit, "nummod");
    int count = counts.isEmpty() ? g.childrenByRelation(unit, "det").get(0) : counts.get(0);
    String text = // "two days after", "a day after", as written
        g.token(count).word() + " " + g.token(unit).word() + (sign < 0 ? " after" : " before");
    return new Offset(new TimexValues.Value(at, precision), text);
  }

  /** -1 for "after", +1 for "before" among the marker words, else 0. */
  private static int sign(DependencyGraph g, List<Integer> markers) {
    int sign = 0;
    for (int m : markers) {
      String w = g.token(m).lemma().toLowerCase(Locale.ROOT);
      sign = w.equals("after") ? -1 : w.equals("before") ? 1 : sign;
    }
    return sign;
  }

  private static String lemma(DependencyGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** The number a unit word counts ("two days", "3 weeks"), or null. */
  private Integer amount(DependencyGraph g, int unit) {
    for (int c : g.childrenByRelation(unit, "nummod")) {
      int n = words.count(g.token(c).word());
      if (n > 0) {
        return n;
      }
    }
    for (int c : g.childrenByRelation(unit, "det")) { // "a day after"
      String w = g.token(c).word().toLowerCase(Locale.ROOT);
      if (w.equals("a") || w.equals("an") || w.equals("one")) {
        return 1;
      }
    }
    return null;
  }
}
