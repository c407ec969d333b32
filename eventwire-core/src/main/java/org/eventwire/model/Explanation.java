package org.eventwire.model;

import java.util.List;

/**
 * Why an event record says what it says: the data-file rows and named rules behind each field.
 * Printed with {@code --explain}.
 *
 * @param predicate the lexicon row that made the event, e.g. {@code predicates.tsv:402 deliver
 *     (+round) -> AID military 072}
 * @param arguments the pass that found the actors (e.g. {@code subject}, {@code passive-agent})
 * @param actors for each actor, recipient and claimant: its text, code and the rule or entry
 * @param claim the cue that decided the modality, or {@code none}
 * @param date the dating rule
 * @param place the gazetteer rule, or {@code none}
 */
public record Explanation(
    String predicate,
    String arguments,
    List<String> actors,
    String claim,
    String date,
    String place) {

  public Explanation {
    actors = List.copyOf(actors);
  }

  /** The same explanation with another modality cue. */
  public Explanation withClaim(String why) {
    return new Explanation(predicate, arguments, actors, why, date, place);
  }

  /** The same explanation with another dating rule. */
  public Explanation withDate(String why) {
    return new Explanation(predicate, arguments, actors, claim, why, place);
  }
}
