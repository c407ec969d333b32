package org.eventwire.resolve.actors;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;

/** Resolves noun phrases to actors. Implementations are immutable and thread-safe. */
public interface ActorResolver {

  /**
   * Resolves one phrase.
   *
   * @param phrase the phrase
   * @param date the article's date (roles valid on that date), or null
   * @return one actor for most phrases; several when the phrase itself coordinates them ("US and
   *     British activists"); an unresolved actor (text kept, code null) for a person or
   *     organisation it cannot place; empty when the phrase names no actor ("a protocol")
   */
  List<ActorRef> resolve(Phrase phrase, LocalDate date);

  /**
   * Resolves one phrase and says why: the knowledge-base entry and the rule behind each actor.
   * Implementations that cannot say more report the rule {@code resolver}.
   */
  default List<Resolution> resolveExplained(Phrase phrase, LocalDate date) {
    return resolve(phrase, date).stream().map(r -> new Resolution(r, null, "resolver")).toList();
  }
}
