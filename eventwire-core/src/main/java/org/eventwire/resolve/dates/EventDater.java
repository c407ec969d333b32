package org.eventwire.resolve.dates;

import java.time.LocalDate;
import java.util.Set;
import org.eventwire.model.DatePrecision;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.TimeExpression;
import org.eventwire.nlp.TimeWords;
import org.eventwire.nlp.Token;

/**
 * Dates an event from its sentence, as ordered passes: a time expression attached to the predicate
 * (or to its light-verb object, to its subject just before it, or to the verb it is conjoined
 * with); the date of the clause a participle hangs on, or of the verb an event noun is the object
 * or occasion of; a day counted from the narrative's ("hours after the launch") anywhere in the
 * sentence; the present tense (the reporting month); a governing clause's date, widened one step;
 * otherwise unknown.
 */
public final class EventDater {
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll");

  /** Events ending more than this many days before publication are historical. */
  private static final int REPORTING_WINDOW_DAYS = 31;

  private final java.util.function.Predicate<String> isClaimVerb;

  /**
   * @param isClaimVerb whether a verb lemma reports, assesses or alleges (a date passes from such a
   *     clause to the action it speaks of: "accused X of delivering")
   */
  /** Number words for distances ("two days after"), shared with the time rules. */
  private final TimeWords words;

  private final DateOffsets offsets;

  public EventDater(java.util.function.Predicate<String> isClaimVerb, TimeWords words) {
    this.isClaimVerb = isClaimVerb;
    this.words = words;
    this.offsets = new DateOffsets(words);
  }

  public EventDate date(DependencyGraph g, int predicate, int object, LocalDate published) {
    EventDate d = attached(g, predicate, object, published);
    if (d == null) {
      d = offsetClause(g, predicate, published);
    }
    if (d == null && g.relation(predicate).startsWith("conj") && g.head(predicate) >= 0) {
      d = attached(g, g.head(predicate), -1, published);
      if (d == null && g.token(predicate).pos().equals("VBG")) {
        d = participleClause(g, g.head(predicate), published); // "..., calling X and urging Y"
      }
    }
    if (d == null) {
      d = participleClause(g, predicate, published);
    }
    if (d == null) {
      int verb = verbOfObject(g, predicate);
      d = verb < 0 ? null : attached(g, verb, -1, published); // "adopted a package of sanctions"
      d = d != null || verb < 0 ? d : offsetClause(g, verb, published); // "two days after X
      // raised the case in a phone call"
    }
    if (d == null) {
      d = narrativeDay(g, predicate, published);
    }
    if (d == null) {
      d = presentTense(g, predicate, published);
    }
    if (d == null) {
      d = inherited(g, predicate, published);
    }
    return d == null ? EventDate.unknown("no-date-in-text") : d;
  }

  /**
   * The verb an event noun is the object of, also through a quantity or container noun ("adopted a
   * 14th package of sanctions on Monday"): -1 when the predicate is no noun or hangs otherwise.
   */
  private static int verbOfObject(DependencyGraph g, int p) {
    int cur = p;
    for (int steps = 0; steps < 3 && g.token(cur).isNoun() && g.head(cur) >= 0; steps++) {
      String via = g.baseRelation(cur);
      int up = g.head(cur);
      if ((via.equals("obj") || duringPhrase(g, cur)) && g.token(up).isVerb()) {
        return up; // "signed a truce on Monday at talks mediated by Kenya": the talks are Monday's
      }
      if (!via.equals("nmod") || !g.token(up).isNoun()) {
        return -1;
      }
      cur = up;
    }
    return -1;
  }

  /**
   * A noun phrase of "at", "during" or "in" on a verb ("in a phone call"): the occasion the verb's
   * act took place at (only event nouns are asked).
   */
  private static boolean duringPhrase(DependencyGraph g, int n) {
    if (!g.baseRelation(n).equals("obl")) {
      return false;
    }
    return g.childrenByRelation(n, "case").stream()
        .map(c -> g.token(c).lemma().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(w -> w.equals("at") || w.equals("during") || w.equals("in"));
  }

  /**
   * A participle clause hung on a dated clause happens with it: "declared the envoy persona non
   * grata on Thursday, accusing him of ...", "struck Odesa on Monday, killing two", "protested on
   * Monday, calling the inspection illegal". What "accusing him of coordinating" speaks of is no
   * plain adjunct (advcl:of) and keeps its own time.
   */
  private EventDate participleClause(DependencyGraph g, int p, LocalDate published) {
    boolean adjunct = g.relation(p).equals("advcl") || g.relation(p).equals("dep");
    if (!g.token(p).pos().equals("VBG")) {
      return null;
    }
    if (!adjunct) {
      return onDatedObject(g, p, published);
    }
    int cur = g.head(p);
    while (cur >= 0 && g.token(cur).isVerb()) {
      EventDate d = attached(g, cur, -1, published);
      if (d != null) {
        return new EventDate(
            d.date(), d.precision(), d.text(), d.historical(), "participle-clause");
      }
      String via = g.relation(cur);
      boolean clause = via.equals("xcomp") || via.startsWith("conj") || via.equals("dep");
      cur = clause ? g.head(cur) : -1;
    }
    return null;
  }

  /**
   * "adopted on Wednesday a resolution criticizing Iran", "issued a statement on Sunday condemning
   * the raid": a participle on the object of a dated verb is that verb's act, of its day.
   */
  private EventDate onDatedObject(DependencyGraph g, int p, LocalDate published) {
    int noun = g.head(p);
    if (!g.relation(p).equals("acl") || noun < 0 || !g.baseRelation(noun).equals("obj")) {
      return null;
    }
    int verb = g.head(noun);
    EventDate d = verb < 0 || claimVerb(g, verb) ? null : attached(g, verb, -1, published);
    return d == null
        ? null
        : new EventDate(d.date(), d.precision(), d.text(), d.historical(), "participle-on-object");
  }

  /**
   * The date of the saying that announces the clause at {@code predicate}: a time attached to the
   * nearest reporting verb above it, or that verb's present tense; unknown when no such verb is
   * dated ("said on Friday that it would retaliate" is a threat of Friday, whatever the
   * retaliation's date).
   */
  public EventDate spoken(DependencyGraph g, int predicate, LocalDate published) {
    for (int a : g.ancestors(predicate)) {
      if (claimVerb(g, a)) {
        EventDate d = saying(g, a, published);
        return d == null ? EventDate.unknown("statement-undated") : d;
      }
    }
    return EventDate.unknown("statement-undated");
  }

  private boolean claimVerb(DependencyGraph g, int a) {
    return g.token(a).isVerb()
        && isClaimVerb.test(g.token(a).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** A reporting verb's own date: a time attached to it, else its present tense; or null. */
  private EventDate saying(DependencyGraph g, int verb, LocalDate published) {
    EventDate d = attached(g, verb, -1, published);
    d = d != null ? d : narrativeDay(g, verb, published);
    return d != null ? d : presentTense(g, verb, published);
  }

  /**
   * "Hours after the launch, the envoys held a call", "in a statement released on the same day,
   * accused": a day named from the narrative's last day dates the sentence's own acts wherever the
   * parser hangs it, but not what a claim in it speaks of.
   */
  private EventDate narrativeDay(DependencyGraph g, int p, LocalDate published) {
    for (TimeExpression t : g.sentence().times()) {
      if (t.value() == null || !words.isAnchorPhrase(t.text())) {
        continue;
      }
      if (g.ancestors(p).stream().anyMatch(a -> claimVerb(g, a))) {
        return null;
      }
      TimexValues.Value v = TimexValues.parse(t.value(), published, true);
      return v == null ? null : finish(v, t.text(), published, "narrative-day");
    }
    return null;
  }

  private EventDate attached(DependencyGraph g, int predicate, int object, LocalDate published) {
    for (TimeExpression t : g.sentence().times()) {
      if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
        continue;
      }
      int h = externalHead(g, t);
      if (h >= 0 && h < t.startToken() && subjectBefore(g, predicate, h, t)) {
        h = predicate; // "Cuba's foreign minister on Friday dismissed": the parser hangs the day
      }
      if (h >= 0 && h < t.startToken() && onArgument(g, predicate, h, t)) {
        h = predicate; // "took to the streets in Havana and other towns on July 11"
      }
      boolean onObject =
          h >= 0
              && (h == object || g.enhancedChildren(predicate, r -> r.equals("obj")).contains(h));
      if (h == predicate || onObject) {
        TimexValues.Value v = TimexValues.parse(t.value(), published, isPast(g, predicate));
        if (v != null) {
          v = correctWeekday(g, predicate, v, published);
          return finish(v, t.text(), published, "attached-time");
        }
      }
    }
    return null;
  }

  /** The time stands between the predicate's subject {@code h} and the predicate itself. */
  private static boolean subjectBefore(DependencyGraph g, int predicate, int h, TimeExpression t) {
    return t.endToken() <= predicate
        && g.enhancedChildren(predicate, r -> r.startsWith("nsubj")).contains(h);
  }

  /**
   * An on-day phrase the parser hangs on a noun of the predicate's object or prepositional argument
   * (or on a noun phrase inside it): the day is the predicate's.
   */
  private static boolean onArgument(DependencyGraph g, int predicate, int h, TimeExpression t) {
    boolean onDay = t.startToken() > 0 && g.token(t.startToken() - 1).word().equalsIgnoreCase("on");
    for (int n = h, steps = 0; onDay && n >= 0 && steps < 3; n = g.head(n), steps++) {
      if (!g.token(n).pos().startsWith("NN")) {
        return false;
      }
      boolean argument =
          g.enhancedIn(n).stream()
              .anyMatch(
                  d ->
                      d.governor() == predicate
                          && (d.relation().startsWith("obl") || d.relation().equals("obj")));
      if (argument) {
        return true;
      }
    }
    return false;
  }

  private static int externalHead(DependencyGraph g, TimeExpression t) {
    for (int i = t.startToken(); i < t.endToken(); i++) {
      int h = g.head(i);
      if (h < t.startToken() || h >= t.endToken()) {
        return h;
      }
    }
    return -1;
  }

  /** SUTime anchors a bare weekday to the document's week; the tense says which week. */
  private TimexValues.Value correctWeekday(
      DependencyGraph g, int p, TimexValues.Value v, LocalDate published) {
    if (published == null || v.precision() != DatePrecision.DAY) {
      return v;
    }
    if (isPast(g, p) && v.start().isAfter(published)) {
      return new TimexValues.Value(v.start().minusWeeks(1), DatePrecision.DAY);
    }
    if (isFuture(g, p) && v.start().isBefore(published)) {
      return new TimexValues.Value(v.start().plusWeeks(1), DatePrecision.DAY);
    }
    return v;
  }

  private EventDate presentTense(DependencyGraph g, int p, LocalDate published) {
    if (published == null) {
      return null;
    }
    String pos = g.token(p).pos();
    boolean present = pos.equals("VBP") || pos.equals("VBZ");
    boolean perfect =
        pos.equals("VBN")
            && g.childrenByRelation(p, "aux").stream()
                .map(g::token)
                .anyMatch(a -> a.pos().equals("VBP") || a.pos().equals("VBZ"));
    if (!present && !perfect) {
      return null;
    }
    var v = new TimexValues.Value(published.withDayOfMonth(1), DatePrecision.MONTH);
    return new EventDate(v.format(), v.precision(), null, false, "present-tense");
  }

  /** A clause counted from the dated clause it hangs on ("two days after"), or null. */
  private EventDate offsetClause(DependencyGraph g, int p, LocalDate published) {
    DateOffsets.Offset o = offsets.of(g, p, published, v -> attached(g, v, -1, published));
    return o == null ? null : finish(o.value(), o.text(), published, "offset-from-clause");
  }

  /** A non-finite predicate inside another clause takes that clause's date, one step wider. */
  private EventDate inherited(DependencyGraph g, int p, LocalDate published) {
    Token t = g.token(p);
    boolean finite = t.pos().equals("VBD") || t.pos().equals("VBP") || t.pos().equals("VBZ");
    if (finite) {
      return null;
    }
    for (int a : g.ancestors(p)) {
      EventDate d = claimVerb(g, a) ? saying(g, a, published) : null;
      if (d != null) {
        return widen(d, published);
      }
    }
    return null;
  }

  private EventDate widen(EventDate d, LocalDate published) {
    TimexValues.Value v = TimexValues.parse(d.date(), published, true);
    DatePrecision wider =
        d.precision() == DatePrecision.DAY ? DatePrecision.MONTH : DatePrecision.YEAR;
    TimexValues.Value w = new TimexValues.Value(v.start(), wider);
    return new EventDate(w.format(), wider, d.text(), d.historical(), "inherited-from-clause");
  }

  private EventDate finish(TimexValues.Value v, String text, LocalDate published, String rule) {
    boolean historical = false;
    if (published != null) {
      LocalDate end =
          switch (v.precision()) {
            case DAY -> v.start();
            case MONTH -> v.start().plusMonths(1).minusDays(1);
            case YEAR -> v.start().plusYears(1).minusDays(1);
          };
      historical = end.isBefore(published.minusDays(REPORTING_WINDOW_DAYS));
    }
    return new EventDate(v.format(), v.precision(), text, historical, rule);
  }

  private static boolean isPast(DependencyGraph g, int p) {
    String pos = g.token(p).pos();
    return pos.equals("VBD") || (pos.equals("VBN") && !isFuture(g, p)) || !g.token(p).isVerb();
  }

  private static boolean isFuture(DependencyGraph g, int p) {
    return g.childrenByRelation(p, "aux").stream()
        .map(i -> g.token(i).lemma().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(FUTURE_AUX::contains);
  }
}
