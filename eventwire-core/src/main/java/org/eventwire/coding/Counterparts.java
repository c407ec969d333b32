package org.eventwire.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;

/**
 * Targets for a concession, withdrawal, sanction or closure that names nobody it is aimed at
 * ("Tokyo will lift the export curbs", "Poland closed the crossing"): the other state or body in
 * the latest event before it in the article that the acting party took part in. Mediation naming no
 * parties is aimed at the parties of the latest act before it that the mediator took no part in. A
 * record with a target phrase of its own, even an unresolved one, keeps it.
 */
final class Counterparts {
  /** Acts aimed at another party by nature. */
  private static final Set<PloverType> AIMED =
      Set.of(PloverType.CONCEDE, PloverType.RETREAT, PloverType.SANCTION);

  /** Coercion that is aimed at another party by nature: closing passage (191). */
  private static final String CLOSURE = "191";

  /** Mediation (CAMEO 045): its target is the parties to the act it brokered. */
  private static final String MEDIATION = "045";

  /** The event, aimed at the acting party's latest counterpart when it names no target. */
  Event target(Event e, Collection<Event> before) {
    if (!e.recipients().isEmpty()) {
      return e;
    }
    if (e.type() == PloverType.CONSULT && MEDIATION.equals(e.cameo())) {
      return mediated(e, before);
    }
    if (!aimed(e)) {
      return e;
    }
    List<ActorRef> own = e.actors().stream().filter(ActorRef::placed).toList();
    if (own.isEmpty()) {
      return e;
    }
    List<Event> earlier = new ArrayList<>(before);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event b = earlier.get(i);
      List<ActorRef> parties = new ArrayList<>(b.actors());
      parties.addAll(b.recipients());
      if (b.negated() || parties.stream().noneMatch(p -> sameParty(p, own))) {
        continue;
      }
      List<ActorRef> others =
          parties.stream()
              .filter(p -> p.placed() && p.code() != null && !sameParty(p, own))
              .distinct()
              .toList();
      if (!others.isEmpty()) {
        return e.withRecipients(others);
      }
    }
    return e;
  }

  /**
   * "The swap was made possible by mediation from the UAE": the states or bodies of the latest act
   * before it that the mediator took no part in.
   */
  private static Event mediated(Event e, Collection<Event> before) {
    List<ActorRef> mediator = e.actors().stream().filter(ActorRef::placed).toList();
    List<Event> earlier = new ArrayList<>(before);
    for (int i = earlier.size() - 1; i >= 0 && !mediator.isEmpty(); i--) {
      List<ActorRef> parties = new ArrayList<>(earlier.get(i).actors());
      parties.addAll(earlier.get(i).recipients());
      List<ActorRef> sides =
          parties.stream().filter(p -> p.placed() && p.code() != null).distinct().toList();
      if (!sides.isEmpty() && sides.stream().noneMatch(p -> sameParty(p, mediator))) {
        return e.withRecipients(sides);
      }
    }
    return e;
  }

  private static boolean aimed(Event e) {
    return AIMED.contains(e.type())
        || (e.type() == PloverType.COERCE && e.cameo() != null && e.cameo().startsWith(CLOSURE));
  }

  private static boolean sameParty(ActorRef r, List<ActorRef> own) {
    return own.stream()
        .anyMatch(
            o ->
                (o.country() != null && o.country().equals(r.country()))
                    || (o.igo() != null && Objects.equals(o.igo(), r.igo())));
  }
}
