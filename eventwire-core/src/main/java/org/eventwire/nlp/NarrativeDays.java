package org.eventwire.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an article has named so far, for the phrases that count from them ("the same day",
 * "hours after the statement"): the last day named, and for each noun or verb the day named in the
 * last sentence that used it. One instance per document, fed sentence by sentence; not shared.
 */
public final class NarrativeDays {
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final TimeWords words;
  private LocalDate last;
  private final Map<String, LocalDate> byWord = new HashMap<>();

  NarrativeDays(TimeWords words) {
    this.words = words;
  }

  /** The last day named before the current sentence, or null. */
  public LocalDate last() {
    return last;
  }

  /**
   * The first day named by the last sentence that named days and used {@code lemma} ("hours after
   * the statement": the statement's day); else the last day named; or null.
   */
  public LocalDate of(String lemma) {
    return byWord.getOrDefault(lemma.toLowerCase(Locale.ROOT), last);
  }

  /**
   * Notes the days a sentence names, for the "same day" phrases of the sentences after it: days
   * (with or without a time of day) no later than the publication date; a bare weekday the rules
   * put after the publication date is the week before's, as the narrative is past.
   */
  public void read(List<Token> tokens, List<TimeExpression> times, LocalDate ref) {
    List<LocalDate> days = pastDays(times, ref);
    if (!days.isEmpty()) {
      note(tokens, days.get(0), days.get(days.size() - 1));
    }
  }

  private List<LocalDate> pastDays(List<TimeExpression> times, LocalDate ref) {
    List<LocalDate> out = new ArrayList<>();
    for (TimeExpression t : times) {
      Matcher m = t.value() == null ? null : DAY_VALUE.matcher(t.value());
      if (m == null || !m.lookingAt() || t.type().equals("DURATION")) {
        continue;
      }
      LocalDate d = LocalDate.parse(m.group());
      if (ref != null && d.isAfter(ref) && weekdayNamed(t)) {
        d = d.minusWeeks(1);
      }
      if (ref == null || !d.isAfter(ref)) {
        out.add(d);
      }
    }
    return out;
  }

  private boolean weekdayNamed(TimeExpression t) {
    for (String w : t.text().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (words.number("weekday", w) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence that named days has been read: its words take the first day it named (the main
   * clause's, as a lead puts it first), the narrative the last.
   */
  private void note(List<Token> tokens, LocalDate first, LocalDate lastNamed) {
    last = lastNamed;
    for (Token t : tokens) {
      if (t.isNoun() || t.isVerb()) {
        byWord.put(t.lemma().toLowerCase(Locale.ROOT), first);
      }
    }
  }
}
