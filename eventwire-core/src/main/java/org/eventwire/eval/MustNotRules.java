package org.eventwire.eval;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.TextSpan;

/**
 * The generic must-not rules, checked on any article without knowing its text:
 *
 * <ol>
 *   <li>{@value #PUBLISHED_DATE}: an event dated exactly the publication day whose evidence names
 *       no time for that day (its weekday, "today", or the date itself);
 *   <li>{@value #FACTUAL_CLAIM}: a gold event that is not factual (alleged, believed, planned,
 *       denied) matched by a predicted event that is (asserted, attributed), unless the predicted
 *       record is the promise, threat or refusal that announced a planned act;
 *   <li>{@value #CREDIT_OR_SIGNOFF}: an event whose evidence, or one of whose actors' words, lies
 *       in the credit line or sign-off.
 * </ol>
 */
public final class MustNotRules {
  public static final String PUBLISHED_DATE = "published-date";
  public static final String FACTUAL_CLAIM = "factual-claim";
  public static final String CREDIT_OR_SIGNOFF = "credit-or-signoff";

  /** Types whose record is a statement about an act rather than the act. */
  private static final Set<PloverType> STATEMENTS =
      Set.of(PloverType.AGREE, PloverType.THREATEN, PloverType.REJECT);

  /** All rules for one article, given the matching of gold index to predicted index. */
  public List<SeedReport.Violation> check(
      Article article, List<GoldEvent> gold, List<Event> predicted, Map<Integer, Integer> pairs) {
    List<SeedReport.Violation> out = new ArrayList<>();
    for (Event e : predicted) {
      publishedDate(article, e).ifPresent(out::add);
      creditOrSignoff(article, e).ifPresent(out::add);
    }
    pairs.forEach((g, p) -> factualClaim(gold.get(g), predicted.get(p)).ifPresent(out::add));
    return out;
  }

  /** Rule 1: dated the publication day with nothing in the evidence that says so. */
  public Optional<SeedReport.Violation> publishedDate(Article article, Event e) {
    LocalDate published = article.published() == null ? null : article.published().date();
    if (published == null || !published.toString().equals(e.date())) {
      return Optional.empty();
    }
    String sentence = e.evidence() == null ? "" : e.evidence().sentence();
    if (namesDay(sentence == null ? "" : sentence, published)) {
      return Optional.empty();
    }
    if (countedFromNamedDay(article, e, published)) {
      return Optional.empty();
    }
    return Optional.of(
        new SeedReport.Violation(
            PUBLISHED_DATE,
            Summaries.of(e),
            "dated the publication day " + published + " but its evidence names no such day"));
  }

  /**
   * True when the event was dated by words ("hours after", "the same day", or the day of the
   * statement it continues) and the body before its sentence names the day: the date has a textual
   * basis. The dateline does not count; it tells when the report was filed.
   */
  private static boolean countedFromNamedDay(Article article, Event e, LocalDate published) {
    Evidence ev = e.evidence();
    String words = e.dateText();
    String text = article.text();
    if (ev == null || words == null || ev.sentence() == null) {
      return false;
    }
    int from = 0;
    if (article.layout() != null && article.layout().dateline() != null) {
      from = Math.min(article.layout().dateline().span().end(), ev.start());
    }
    return ev.start() <= text.length() && namesDay(text.substring(from, ev.start()), published);
  }

  /** True when the sentence names the day: its weekday, "today", or the date in common forms. */
  static boolean namesDay(String sentence, LocalDate day) {
    String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String mon = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    int d = day.getDayOfMonth();
    String forms =
        String.join(
            "|",
            Pattern.quote(weekday),
            "today",
            Pattern.quote(day.toString()),
            "(?:" + month + "|" + mon + ")\\.?\\s+" + d + "(?!\\d)",
            "(?<!\\d)" + d + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + month + "|" + mon + ")\\b");
    return Pattern.compile("\\b(?:" + forms + ")", Pattern.CASE_INSENSITIVE)
        .matcher(sentence)
        .find();
  }

  /** Rule 2: a non-factual gold event coded as fact. */
  public Optional<SeedReport.Violation> factualClaim(GoldEvent gold, Event pred) {
    if (SeedChecks.isFactual(gold.modality()) || !SeedChecks.isFactual(pred.modality())) {
      return Optional.empty();
    }
    if (announces(gold, pred)) {
      return Optional.empty();
    }
    return Optional.of(
        new SeedReport.Violation(
            FACTUAL_CLAIM,
            Summaries.of(pred),
            "gold #" + gold.n() + " is " + gold.modality().json() + ", coded as fact"));
  }

  /**
   * True when the predicted record is the statement that announces the planned gold act (a threat
   * of sanctions, a promise of aid, a refusal): the statement was made, and asserting it claims
   * nothing about the act.
   */
  private static boolean announces(GoldEvent gold, Event pred) {
    return gold.modality() == Modality.PLANNED
        && gold.type() != pred.type()
        && STATEMENTS.contains(pred.type());
  }

  /** Rule 3: evidence overlapping, or actor words found only in, the credit line or sign-off. */
  public Optional<SeedReport.Violation> creditOrSignoff(Article article, Event e) {
    List<TextSpan> spans = boilerplate(article.layout());
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    if (e.evidence() != null && spans.stream().anyMatch(s -> overlaps(s, e))) {
      return violation(e, "its evidence lies in the credit line or sign-off");
    }
    for (ActorRef actor : parties(e)) {
      if (onlyIn(article.text(), spans, actor.text())) {
        return violation(
            e, "actor \"" + actor.text() + "\" comes from the credit line or sign-off");
      }
    }
    return Optional.empty();
  }

  private static Optional<SeedReport.Violation> violation(Event e, String detail) {
    return Optional.of(new SeedReport.Violation(CREDIT_OR_SIGNOFF, Summaries.of(e), detail));
  }

  private static List<TextSpan> boilerplate(ArticleLayout layout) {
    List<TextSpan> spans = new ArrayList<>();
    if (layout != null && layout.credit() != null) {
      spans.add(layout.credit());
    }
    if (layout != null && layout.signoff() != null) {
      spans.add(layout.signoff());
    }
    return spans;
  }

  private static boolean overlaps(TextSpan span, Event e) {
    return e.evidence().start() < span.end() && span.start() < e.evidence().end();
  }

  private static List<ActorRef> parties(Event e) {
    List<ActorRef> all = new ArrayList<>(e.actors());
    all.addAll(e.recipients());
    all.addAll(e.claimants());
    return all;
  }

  /** True when the words occur in some span and nowhere else in the text. */
  static boolean onlyIn(String text, List<TextSpan> spans, String words) {
    if (words == null || words.isBlank()) {
      return false;
    }
    String masked = text;
    boolean inSpan = false;
    for (TextSpan span : spans) {
      if (span.end() <= text.length()) {
        inSpan |= span.of(text).contains(words);
        masked = mask(masked, span);
      }
    }
    return inSpan && !masked.contains(words);
  }

  private static String mask(String text, TextSpan span) {
    return text.substring(0, span.start()) + " ".repeat(span.length()) + text.substring(span.end());
  }
}
