package org.eventwire.coding;

import java.util.List;
import org.eventwire.model.ActorRef;

/**
 * Parties named only by their sector ("riot police", "protesters", "the army") act where the event
 * takes place: when the sentence places the event in a country, they are taken to be that
 * country's; when it names no place and no party with a country, the dateline's country's (a wire
 * story's unnamed police and protesters are local). Parties with a country or an international body
 * of their own keep it.
 */
final class LocalActors {
  private LocalActors() {}

  /** True when no party has a country or an international body of its own. */
  static boolean noneHasACountry(List<ActorRef> actors, List<ActorRef> recipients) {
    return java.util.stream.Stream.concat(actors.stream(), recipients.stream())
        .allMatch(p -> !p.placed());
  }

  /** The parties, those without a country or body placed in {@code country}. */
  static List<ActorRef> placed(List<ActorRef> parties, String country) {
    return parties.stream().map(p -> placed(p, country)).toList();
  }

  private static ActorRef placed(ActorRef p, String country) {
    if (p.placed() || p.sector() == null) {
      return p;
    }
    // "---REBMUS" placed in Iraq is "IRQREBMUS": the roles stacked after the sector stay
    String code =
        p.code() != null && p.code().startsWith("---")
            ? country + p.code().substring(3)
            : country + p.sector();
    return new ActorRef(p.text(), p.name(), country, null, p.sector(), code);
  }
}
