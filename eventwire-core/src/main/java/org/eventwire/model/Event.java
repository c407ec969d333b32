package org.eventwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One event record, per contract v1 ({@code shared/contract/EVENT-RECORD.md}). */
public record Event(
    String id,
    String articleId,
    PloverType type,
    String mode,
    List<String> contexts,
    String cameo,
    double intensity,
    int quadClass,
    List<ActorRef> actors,
    List<ActorRef> recipients,
    String date,
    DatePrecision datePrecision,
    String dateText,
    boolean historical,
    Location location,
    Modality modality,
    List<ActorRef> claimants,
    boolean negated,
    List<SanctionFlag> sanctions,
    Evidence evidence,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Evidence> moreEvidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explain) {

  public Event {
    contexts = List.copyOf(contexts);
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    claimants = List.copyOf(claimants);
    sanctions = List.copyOf(sanctions);
    moreEvidence = moreEvidence == null ? List.of() : List.copyOf(moreEvidence);
  }

  /** This event with its sanctions flags replaced. */
  public Event withSanctions(List<SanctionFlag> flags) {
    return copy(
        actors, cameo, recipients, date, datePrecision, dateText, flags, moreEvidence, explain);
  }

  /** This event with its recipients replaced. */
  public Event withRecipients(List<ActorRef> refs) {
    return copy(
        actors, cameo, refs, date, datePrecision, dateText, sanctions, moreEvidence, explain);
  }

  /** This event with its actors and recipients replaced. */
  public Event withParties(List<ActorRef> newActors, List<ActorRef> newRecipients) {
    return copy(
        newActors,
        cameo,
        newRecipients,
        date,
        datePrecision,
        dateText,
        sanctions,
        moreEvidence,
        explain);
  }

  /** This event dated otherwise. */
  public Event withDate(String when, DatePrecision precision, String text) {
    return copy(actors, cameo, recipients, when, precision, text, sanctions, moreEvidence, explain);
  }

  /** This event with more evidence: other sentences of the same article reporting it. */
  public Event withMoreEvidence(List<Evidence> more) {
    return copy(actors, cameo, recipients, date, datePrecision, dateText, sanctions, more, explain);
  }

  /**
   * This event as a party's claim about another's act ({@link Modality#ALLEGED}), its explanation
   * saying why.
   */
  public Event asAlleged(String why) {
    Explanation e = explain == null ? null : explain.withClaim(why);
    return new Event(
        id,
        articleId,
        type,
        mode,
        contexts,
        cameo,
        intensity,
        quadClass,
        actors,
        recipients,
        date,
        datePrecision,
        dateText,
        historical,
        location,
        Modality.ALLEGED,
        claimants,
        negated,
        sanctions,
        evidence,
        moreEvidence,
        e);
  }

  /** This event with its explanation replaced (null drops it). */
  public Event withExplanation(Explanation why) {
    return copy(
        actors, cameo, recipients, date, datePrecision, dateText, sanctions, moreEvidence, why);
  }

  /**
   * This event with a finer CAMEO code of the same root ("020" → "0232"), so its quad class holds.
   */
  public Event withCameo(String code) {
    if (cameo == null || code == null || !code.startsWith(cameo.substring(0, 2))) {
      throw new IllegalArgumentException(
          "CAMEO code " + code + " is not of the root of " + cameo + " (" + id + ")");
    }
    return copy(
        actors, code, recipients, date, datePrecision, dateText, sanctions, moreEvidence, explain);
  }

  /** A copy with the fields that later passes may change replaced. */
  private Event copy(
      List<ActorRef> newActors,
      String newCameo,
      List<ActorRef> newRecipients,
      String newDate,
      DatePrecision newPrecision,
      String newDateText,
      List<SanctionFlag> newSanctions,
      List<Evidence> newMoreEvidence,
      Explanation newExplain) {
    return new Event(
        id,
        articleId,
        type,
        mode,
        contexts,
        newCameo,
        intensity,
        quadClass,
        newActors,
        newRecipients,
        newDate,
        newPrecision,
        newDateText,
        historical,
        location,
        modality,
        claimants,
        negated,
        newSanctions,
        evidence,
        newMoreEvidence,
        newExplain);
  }
}
