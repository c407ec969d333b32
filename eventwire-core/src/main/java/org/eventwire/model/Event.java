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
    @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explain) {

  /** A record without an explanation. */
  public Event(
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
      Evidence evidence) {
    this(
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
        modality,
        claimants,
        negated,
        sanctions,
        evidence,
        null);
  }

  public Event {
    contexts = List.copyOf(contexts);
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    claimants = List.copyOf(claimants);
    sanctions = List.copyOf(sanctions);
  }

  /** This event with its sanctions flags replaced. */
  public Event withSanctions(List<SanctionFlag> flags) {
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
        modality,
        claimants,
        negated,
        flags,
        evidence,
        explain);
  }

  /** This event with its recipients replaced. */
  public Event withRecipients(List<ActorRef> refs) {
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
        refs,
        date,
        datePrecision,
        dateText,
        historical,
        location,
        modality,
        claimants,
        negated,
        sanctions,
        evidence,
        explain);
  }

  /** This event with its explanation replaced (null drops it). */
  public Event withExplanation(Explanation why) {
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
        modality,
        claimants,
        negated,
        sanctions,
        evidence,
        why);
  }
}
