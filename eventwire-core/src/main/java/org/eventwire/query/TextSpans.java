package org.eventwire.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;

/**
 * Finds where an event's words are in its article's text. The store keeps only the evidence
 * sentence's offsets, so trigger, actors, date words and place are looked for, as whole words,
 * inside that sentence at read time; what is not found there gets no span.
 */
public final class TextSpans {

  /** What a span marks. */
  public enum Kind {
    EVIDENCE,
    TRIGGER,
    ACTOR,
    RECIPIENT,
    CLAIMANT,
    DATE,
    PLACE
  }

  /**
   * A marked stretch of the article text.
   *
   * @param start first character (inclusive)
   * @param end last character (exclusive)
   * @param kind what it marks
   * @param eventId the event it belongs to
   * @param text the words it covers
   */
  public record Span(int start, int end, Kind kind, String eventId, String text) {}

  private TextSpans() {}

  /** The spans of {@code e} in {@code text}: its sentence first, then the words inside it. */
  public static List<Span> of(String text, Event e) {
    List<Span> out = new ArrayList<>();
    Optional<int[]> sentence = sentence(text, e.evidence());
    if (sentence.isEmpty()) {
      return out;
    }
    int from = sentence.get()[0];
    int to = sentence.get()[1];
    out.add(new Span(from, to, Kind.EVIDENCE, e.id(), text.substring(from, to)));
    word(text, from, to, e.evidence().trigger(), Kind.TRIGGER, e.id()).ifPresent(out::add);
    refs(text, from, to, e.actors(), Kind.ACTOR, e.id(), out);
    refs(text, from, to, e.recipients(), Kind.RECIPIENT, e.id(), out);
    refs(text, from, to, e.claimants(), Kind.CLAIMANT, e.id(), out);
    word(text, from, to, e.dateText(), Kind.DATE, e.id()).ifPresent(out::add);
    if (e.location() != null) {
      word(text, from, to, e.location().name(), Kind.PLACE, e.id()).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The evidence sentence's range: the stored offsets when the text there is the sentence, else the
   * first place the sentence occurs in the text, else none.
   */
  static Optional<int[]> sentence(String text, Evidence ev) {
    if (ev == null || ev.sentence() == null || ev.sentence().isEmpty()) {
      return Optional.empty();
    }
    String s = ev.sentence();
    if (ev.start() >= 0
        && ev.start() + s.length() <= text.length()
        && text.startsWith(s, ev.start())) {
      return Optional.of(new int[] {ev.start(), ev.start() + s.length()});
    }
    int at = text.indexOf(s);
    return at < 0 ? Optional.empty() : Optional.of(new int[] {at, at + s.length()});
  }

  private static void refs(
      String text, int from, int to, List<ActorRef> refs, Kind kind, String id, List<Span> out) {
    for (ActorRef r : refs) {
      word(text, from, to, r.text(), kind, id).ifPresent(out::add);
    }
  }

  /** The first whole-word occurrence of {@code words} (exact case preferred) in the range. */
  static Optional<Span> word(String text, int from, int to, String words, Kind kind, String id) {
    if (words == null || words.isBlank()) {
      return Optional.empty();
    }
    String quoted = "(?<![\\p{L}\\p{N}])" + Pattern.quote(words.strip()) + "(?![\\p{L}\\p{N}])";
    for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
      Matcher m = Pattern.compile(quoted, flags).matcher(text).region(from, to);
      m.useTransparentBounds(true);
      if (m.find()) {
        return Optional.of(new Span(m.start(), m.end(), kind, id, m.group()));
      }
    }
    return Optional.empty();
  }
}
