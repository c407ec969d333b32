package org.eventwire.coding;

import java.util.List;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.model.ActorRef;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Explanation;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * Builds the verbal event a coded event implies (a promise, a threat, a refusal, an accusation):
 * asserted, undated and unplaced, with the source event's evidence and contexts.
 */
final class DerivedEvents {
  private DerivedEvents() {}

  static Event derive(
      PloverTypes types,
      Event from,
      PloverType type,
      String mode,
      String cameo,
      List<ActorRef> actors,
      List<ActorRef> recipients) {
    return new Event(
        EventCoder.id(
            from.articleId(), from.evidence().sentenceIndex(), from.id().hashCode(), type),
        from.articleId(),
        type,
        mode,
        from.contexts(),
        cameo,
        types.info(type).intensity(),
        types.quadClassOf(cameo),
        actors,
        recipients,
        null,
        null,
        null,
        false,
        null,
        Modality.ASSERTED,
        List.of(),
        false,
        List.of(),
        from.evidence(),
        List.of(),
        null);
  }

  /**
   * The same record as another type and CAMEO code (a planned visit restated as the promise to
   * visit), keeping its parties, date, place, modality and evidence; its id is the new type's.
   */
  static Event retype(PloverTypes types, Event from, PloverType type, String cameo) {
    Explanation why = noted(from.explain(), "restated as " + type + " " + cameo);
    return new Event(
        EventCoder.id(
            from.articleId(), from.evidence().sentenceIndex(), from.id().hashCode(), type),
        from.articleId(),
        type,
        null,
        from.contexts(),
        cameo,
        types.info(type).intensity(),
        types.quadClassOf(cameo),
        from.actors(),
        from.recipients(),
        from.date(),
        from.datePrecision(),
        from.dateText(),
        from.historical(),
        from.location(),
        from.modality(),
        from.claimants(),
        false,
        from.sanctions(),
        from.evidence(),
        from.moreEvidence(),
        why);
  }

  /**
   * A restated threat or refusal as the speech act it is: asserted, and dated by its saying rather
   * than by the act it announces ("said on Friday it would retaliate next month" is a threat made
   * on Friday).
   */
  static Event spoken(Event from, String date, DatePrecision precision, String dateText) {
    return new Event(
        from.id(),
        from.articleId(),
        from.type(),
        from.mode(),
        from.contexts(),
        from.cameo(),
        from.intensity(),
        from.quadClass(),
        from.actors(),
        from.recipients(),
        date,
        precision,
        dateText,
        false,
        from.location(),
        Modality.ASSERTED,
        from.claimants(),
        false,
        from.sanctions(),
        from.evidence(),
        from.moreEvidence(),
        noted(from.explain(), "a statement: asserted, dated by its saying"));
  }

  /** An explanation with a note added to its predicate line; null stays null. */
  static Explanation noted(Explanation why, String note) {
    if (why == null) {
      return null;
    }
    return new Explanation(
        why.predicate() + "; " + note,
        why.arguments(),
        why.actors(),
        why.claim(),
        why.date(),
        why.place());
  }

  /** True when the claimant is one of the parties: the same code, country or body. */
  static boolean among(List<ActorRef> parties, ActorRef claimant) {
    for (ActorRef p : parties) {
      boolean sameCode = p.code() != null && p.code().equals(claimant.code());
      boolean sameCountry = p.country() != null && p.country().equals(claimant.country());
      boolean sameBody = p.igo() != null && p.igo().equals(claimant.igo());
      if (sameCode || sameCountry || sameBody) {
        return true;
      }
    }
    return false;
  }
}
