package org.eventwire.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions that event dating reads (days, months, years, ISO weeks, parts of a
 * day) in a tagged sentence and normalises them against the publication date, with word lists from
 * {@link TimeWords} and SUTime's value conventions ({@link TimeAnchors}). Durations, sets and vague
 * references ("recently") are not recognised: nothing downstream reads them. Safe to share between
 * threads.
 */
public final class TimeRules {
  private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");
  private static final Pattern DECADE = Pattern.compile("([12]\\d{2})0s");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MID = Pattern.compile("mid-(.+)");

  private final TimeWords words;
  private final List<List<String>> dayPhrases;
  private final List<List<String>> anchorPhrases;
  private final List<List<String>> modifiers;

  public TimeRules(TimeWords words) {
    this.words = words;
    this.dayPhrases = phrases(words, "dayphrase");
    this.anchorPhrases = phrases(words, "anchorphrase");
    this.modifiers = phrases(words, "modifier");
  }

  /** The entries of a kind split into tokens, longest first. */
  private static List<List<String>> phrases(TimeWords words, String kind) {
    return words.all(kind).keySet().stream()
        .map(p -> List.of(p.split(" ")))
        .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed())
        .toList();
  }

  /** An empty record of the days an article names, for reading its sentences in order. */
  public NarrativeDays narrative() {
    return new NarrativeDays(words);
  }

  /** A match: tokens {@code [start, end)}, TIMEX3 type and value. */
  record Span(int start, int end, String type, String value) {}

  /**
   * @param tokens one sentence's tokens, with their part-of-speech tags
   * @param text the document text the tokens' offsets point into
   * @param ref the publication date, or null
   */
  public List<TimeExpression> find(List<Token> tokens, String text, LocalDate ref) {
    return find(tokens, text, ref, narrative());
  }

  /**
   * @param tokens one sentence's tokens, with their part-of-speech tags
   * @param text the document text the tokens' offsets point into
   * @param ref the publication date, or null
   * @param narrative the days the article named before this sentence, from which "the same day" and
   *     "the next day" count (the publication date when it named none)
   */
  public List<TimeExpression> find(
      List<Token> tokens, String text, LocalDate ref, NarrativeDays narrative) {
    Sentence s = new Sentence(tokens, ref, narrative);
    List<TimeExpression> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Span m = withModifier(s, i, ref);
      if (m == null || m.value() == null) {
        i++;
        continue;
      }
      String words = text.substring(tokens.get(m.start()).begin(), tokens.get(m.end() - 1).end());
      out.add(new TimeExpression(m.start(), m.end(), words, m.type(), m.value()));
      i = m.end();
    }
    return out;
  }

  private Span withModifier(Sentence s, int i, LocalDate ref) {
    List<String> modifier = s.phraseAt(i, modifiers);
    if (modifier != null) {
      int at = i + modifier.size();
      Span m = longest(s, at, ref);
      if (m != null && m.start() == at && !m.type().equals("DURATION")) {
        return new Span(i, m.end(), m.type(), m.value());
      }
    }
    return longest(s, i, ref);
  }

  private Span longest(Sentence s, int i, LocalDate ref) {
    Span best = null;
    for (Span m :
        new Span[] {
          dayPhrase(s, i, ref),
          weekday(s, i, ref),
          monthFirst(s, i, ref),
          dayFirst(s, i, ref),
          yearOrDecade(s, i),
          shifted(s, i, ref),
          ago(s, i, ref),
          isoDay(s, i),
          midPeriod(s, i, ref),
          duration(s, i)
        }) {
      if (m != null && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /** A day named from the publication date ("yesterday") or from the narrative's day. */
  private Span dayPhrase(Sentence s, int i, LocalDate ref) {
    List<String> p = s.phraseAt(i, dayPhrases);
    String kind = "dayphrase";
    if (p == null) {
      p = s.phraseAt(i, anchorPhrases);
      kind = "anchorphrase";
      ref = p == null ? ref : s.anchor(i + p.size(), p.get(p.size() - 1));
    }
    if (p == null) {
      return null;
    }
    String[] v = words.get(kind, String.join(" ", p)).split(" ");
    String day = TimeAnchors.dayOffset(ref, Integer.parseInt(v[0]));
    int end = i + p.size();
    return v.length > 1 ? timeOfDay(i, end, day, v[1]) : new Span(i, end, "DATE", day);
  }

  /** "Tuesday", "last Tuesday", "Tuesday night", "Monday, Dec. 11". */
  private Span weekday(Sentence s, int i, LocalDate ref) {
    String shift = words.get("shift", s.lower(i));
    int at = shift == null ? i : i + 1;
    int day = words.number("weekday", s.lower(at));
    if (day < 0 || !s.capitalised(at)) {
      return null;
    }
    boolean shifted = at > i;
    int after = s.lower(at + 1).equals(",") ? at + 2 : at + 1;
    Span date = shifted ? null : monthFirst(s, after, ref);
    if (date == null && !shifted) {
      date = dayFirst(s, after, ref);
    }
    if (date != null) {
      return new Span(i, date.end(), date.type(), date.value());
    }
    String value =
        shifted
            ? TimeAnchors.weekdayOfWeek(ref, day, Integer.parseInt(shift))
            : TimeAnchors.nearestWeekday(ref, day);
    String part = words.get("part", s.lower(at + 1));
    return part != null ? timeOfDay(i, at + 2, value, part) : new Span(i, at + 1, "DATE", value);
  }

  /** "December", "Dec. 12", "December 12, 2023", "December 2023". */
  private Span monthFirst(Sentence s, int i, LocalDate ref) {
    int month = s.month(i);
    if (month < 0) {
      return null;
    }
    int day = s.dayNumber(i + 1);
    if (day > 0) {
      int comma = s.lower(i + 2).equals(",") ? 1 : 0;
      int year = s.year(i + 2 + comma);
      if (year > 0) {
        return new Span(i, i + 3 + comma, "DATE", TimeAnchors.day(year, month, day));
      }
      return new Span(i, i + 2, "DATE", TimeAnchors.nearestMonthDay(ref, month, day));
    }
    int year = s.year(i + 1);
    if (year > 0) {
      return new Span(i, i + 2, "DATE", TimeAnchors.month(year, month));
    }
    return new Span(i, i + 1, "DATE", TimeAnchors.nearestMonth(ref, month));
  }

  /** "12 December 2023", "5 May", "the 12th of December". */
  private Span dayFirst(Sentence s, int i, LocalDate ref) {
    int at = s.lower(i).equals("the") ? i + 1 : i;
    int day = s.dayNumber(at);
    if (day < 0) {
      day = words.number("ordinal", s.lower(at));
    }
    if (day < 0) {
      return null;
    }
    int m = s.lower(at + 1).equals("of") ? at + 2 : at + 1;
    int month = s.month(m);
    if (month < 0 || (at > i && m == at + 1)) {
      return null;
    }
    int year = s.year(m + 1);
    if (year > 0) {
      return new Span(i, m + 2, "DATE", TimeAnchors.day(year, month, day));
    }
    return new Span(i, m + 1, "DATE", TimeAnchors.nearestMonthDay(ref, month, day));
  }

  /** "2019", "the 1990s". */
  private Span yearOrDecade(Sentence s, int i) {
    int at = s.lower(i).equals("the") ? i + 1 : i;
    Matcher d = DECADE.matcher(s.lower(at));
    if (d.matches()) {
      return new Span(i, at + 1, "DATE", d.group(1) + "X");
    }
    int year = at == i ? s.year(i) : -1;
    return year > 0 ? new Span(i, i + 1, "DATE", Integer.toString(year)) : null;
  }

  /** "last week", "this month", "next year", "the past year", "last September", "last summer". */
  private Span shifted(Sentence s, int i, LocalDate ref) {
    int at = s.lower(i).equals("the") && s.lower(i + 1).equals("past") ? i + 1 : i;
    String shift = words.get("shift", s.lower(at));
    if (shift == null || ref == null) {
      return null;
    }
    int n = Integer.parseInt(shift);
    String unit = words.get("unit", s.lower(at + 1));
    if (unit != null && !s.lower(at + 1).endsWith("s") && !unit.equals("D")) {
      return new Span(i, at + 2, "DATE", TimeAnchors.period(ref, unit, n));
    }
    int month = s.month(at + 1);
    if (month > 0) {
      return new Span(i, at + 2, "DATE", TimeAnchors.shiftedMonth(ref, month, n));
    }
    String season = words.get("season", s.lower(at + 1));
    if (season != null) {
      return new Span(i, at + 2, "DATE", (ref.getYear() + n) + "-" + season);
    }
    return null;
  }

  /** "two days ago", "a year ago", "10 days ago". */
  private Span ago(Sentence s, int i, LocalDate ref) {
    if (!s.lower(i + 2).equals("ago")) {
      return null;
    }
    String unit = words.get("unit", s.lower(i + 1));
    int n = s.amount(i);
    return unit == null || n < 0 ? null : new Span(i, i + 3, "DATE", TimeAnchors.ago(ref, unit, n));
  }

  /**
   * "two weeks", "recent days", "months": a duration. Nothing reads its value; it labels the
   * tokens, as SUTime does, so that "months" is not taken for a name.
   */
  private Span duration(Sentence s, int i) {
    int n = s.amount(i);
    String vague = words.get("quantity", s.lower(i));
    boolean counted = n >= 0 || vague != null;
    int at = counted ? i + 1 : i;
    String unit = words.get("unit", s.lower(at));
    if (unit == null || (!counted && !s.lower(at).endsWith("s"))) {
      return null;
    }
    String amount = n >= 0 ? Integer.toString(n) : "X";
    String code = unit.equals("E") ? "DE" : unit;
    String value = unit.equals("H") ? "PT" + amount + code : "P" + amount + code;
    return new Span(i, at + 1, "DURATION", value);
  }

  private Span isoDay(Sentence s, int i) {
    Matcher m = ISO_DAY.matcher(s.lower(i));
    if (!m.matches()) {
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    String v = mo >= 1 && mo <= 12 ? TimeAnchors.day(y, mo, Integer.parseInt(m.group(3))) : null;
    return v == null ? null : new Span(i, i + 1, "DATE", v);
  }

  /** "mid-December", "mid-2023": one token, as the tokenizer keeps hyphenated words whole. */
  private Span midPeriod(Sentence s, int i, LocalDate ref) {
    Matcher m = MID.matcher(s.lower(i));
    if (!m.matches()) {
      return null;
    }
    int month = words.number("month", m.group(1));
    if (month > 0) {
      return new Span(i, i + 1, "DATE", TimeAnchors.nearestMonth(ref, month));
    }
    return YEAR.matcher(m.group(1)).matches() ? new Span(i, i + 1, "DATE", m.group(1)) : null;
  }

  private static Span timeOfDay(int start, int end, String day, String part) {
    return new Span(start, end, "TIME", day == null ? null : day + "T" + part);
  }

  /** The tokens of one sentence with bounds-safe access. */
  private final class Sentence {
    private final List<Token> tokens;
    private final String[] lower;

    private final LocalDate ref;
    private final NarrativeDays narrative;

    Sentence(List<Token> tokens, LocalDate ref, NarrativeDays narrative) {
      this.tokens = tokens;
      this.ref = ref;
      this.narrative = narrative;
      this.lower = new String[tokens.size()];
      for (int i = 0; i < lower.length; i++) {
        lower[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
      }
    }

    /**
     * The day an anchor phrase ending before token {@code next} counts from: for "hours after the
     * statement", the day of the statement's sentence; else the last day named; else the
     * publication date.
     */
    LocalDate anchor(int next, String lastWord) {
      LocalDate day = narrative.last();
      if (lastWord.equals("after") || lastWord.equals("before")) {
        int k = next;
        while (k < tokens.size() && Set.of("DT", "JJ", "PRP$").contains(tokens.get(k).pos())) {
          k++;
        }
        boolean noun = k < tokens.size() && tokens.get(k).pos().matches("NNS?");
        day = noun ? narrative.of(tokens.get(k).lemma()) : day;
      }
      return day == null ? ref : day;
    }

    String lower(int i) {
      return i >= 0 && i < lower.length ? lower[i] : "";
    }

    boolean capitalised(int i) {
      return i < lower.length && Character.isUpperCase(tokens.get(i).word().charAt(0));
    }

    /** The first of the phrases (longest first) that starts at token i, or null. */
    List<String> phraseAt(int i, List<List<String>> phrases) {
      for (List<String> p : phrases) {
        if (startsWith(i, p)) {
          return p;
        }
      }
      return null;
    }

    private boolean startsWith(int i, List<String> phrase) {
      for (int k = 0; k < phrase.size(); k++) {
        if (!lower(i + k).equals(phrase.get(k))) {
          return false;
        }
      }
      return true;
    }

    /** A count in digits (up to three) or in words ("two", "a"), or -1. */
    int amount(int i) {
      String w = lower(i);
      return w.matches("\\d{1,3}") ? Integer.parseInt(w) : words.number("number", w);
    }

    /** A month name: capitalised and tagged as a noun ("May" the modal is not one). */
    int month(int i) {
      int m = words.number("month", lower(i));
      return m > 0 && capitalised(i) && tokens.get(i).pos().startsWith("NN") ? m : -1;
    }

    /** A day of a month written in digits ("12", "12th"), or -1. */
    int dayNumber(int i) {
      Matcher m = DAY_NUMBER.matcher(lower(i));
      if (!m.matches()) {
        return -1;
      }
      int d = Integer.parseInt(m.group(1));
      return d >= 1 && d <= 31 ? d : -1;
    }

    /**
     * A year in digits: four digits from 1000 to 2999, not a count of something ("2000 troops") or
     * an amount ("$2000").
     */
    int year(int i) {
      if (!YEAR.matcher(lower(i)).matches()) {
        return -1;
      }
      String next = i + 1 < lower.length ? tokens.get(i + 1).pos() : "";
      boolean count = next.equals("NNS") || next.equals("NNPS") || lower(i + 1).equals("%");
      boolean amount = i > 0 && tokens.get(i - 1).pos().equals("$");
      return count || amount ? -1 : Integer.parseInt(lower(i));
    }
  }
}
