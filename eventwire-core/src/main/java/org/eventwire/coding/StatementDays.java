package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Explanation;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * Undated statements that continue a dated one: "A spokesman rejected the resolution on Friday ...
 * He accused the U.S. of ...", "The ministry condemned the raid on Monday ... It also urged ...". A
 * verbal act of the same party with no time of its own, in the few sentences after a verbal act
 * dated to the day, was made in the same statement and takes its day. Acts the statement speaks of
 * (alleged, believed, planned) and negated ones keep their own time.
 */
final class StatementDays {
  /** Acts of words, made in a statement. */
  private static final Set<PloverType> VERBAL =
      Set.of(
          PloverType.ACCUSE,
          PloverType.REQUEST,
          PloverType.THREATEN,
          PloverType.REJECT,
          PloverType.SUPPORT,
          PloverType.AGREE,
          PloverType.CONCEDE);

  /** How many sentences after the dated statement its continuation may come. */
  private static final int REACH = 3;

  private StatementDays() {}

  /** The events, in order, those continuing a dated statement dated with it. */
  static List<Event> date(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      Event statement = continues(e, out);
      if (statement != null) {
        Explanation x = e.explain();
        String why =
            "same statement as the "
                + statement.type()
                + " of sentence "
                + (statement.evidence().sentenceIndex() + 1)
                + " ('"
                + statement.dateText()
                + "')";
        e = e.withDate(statement.date(), DatePrecision.DAY, statement.dateText());
        if (x != null) {
          e = e.withExplanation(x.withDate(why));
        }
      }
      out.add(e);
    }
    return out;
  }

  /** The dated statement {@code e} continues, or null. */
  private static Event continues(Event e, List<Event> before) {
    boolean own = e.modality() == Modality.ASSERTED || e.modality() == Modality.ATTRIBUTED;
    if (e.date() != null || !VERBAL.contains(e.type()) || !own || e.negated()) {
      return null;
    }
    String party = party(e);
    if (party == null || e.evidence() == null || !referredTo(e)) {
      return null;
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      Event f = before.get(i);
      if (f.evidence() == null) {
        continue;
      }
      int distance = e.evidence().sentenceIndex() - f.evidence().sentenceIndex();
      if (distance < 0 || distance > REACH) {
        continue;
      }
      boolean dated = f.datePrecision() == DatePrecision.DAY && !f.historical();
      if (dated && VERBAL.contains(f.type()) && party.equals(party(f))) {
        return f;
      }
    }
    return null;
  }

  /**
   * The speaker is referred back to, not named again: "He accused", "It warned", "The statement
   * said". A party named anew may be speaking on another day.
   */
  private static boolean referredTo(Event e) {
    String text = e.actors().get(0).text();
    String lower = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
    return PRONOUNS.contains(lower) || DOCUMENTS.contains(lower);
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");

  private static final Set<String> DOCUMENTS =
      Set.of(
          "the statement",
          "the communique",
          "the declaration",
          "the spokesman",
          "the spokeswoman",
          "the spokesperson");

  /** The first actor's state or body, or null. */
  private static String party(Event e) {
    return e.actors().stream()
        .map(a -> a.country() != null ? a.country() : a.igo())
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
