package org.eventwire.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Location;
import org.eventwire.model.PloverType;
import org.eventwire.resolve.places.Gazetteer;
import org.eventwire.resolve.places.PlaceContext;
import org.eventwire.resolve.places.PlaceMatch;

/**
 * The seats of international bodies that decide and speak in one place ({@code
 * eventwire/coding/body-seats.tsv}): a decision or statement of such a body that names no place
 * took place at its seat ("The Security Council extended the embargo": UN Headquarters).
 */
final class BodySeats {
  static final String RESOURCE = "eventwire/coding/body-seats.tsv";

  /** Decisions, votes and statements; not meetings (they move) and not acts of force. */
  private static final Set<PloverType> DECIDED =
      Set.of(
          PloverType.SANCTION,
          PloverType.SUPPORT,
          PloverType.REJECT,
          PloverType.ACCUSE,
          PloverType.REQUEST,
          PloverType.RETREAT,
          PloverType.CONCEDE);

  private final Map<String, Location> seats;

  BodySeats(Map<String, String> seatNames, Gazetteer gazetteer) {
    Map<String, Location> resolved = new HashMap<>();
    PlaceContext none = new PlaceContext(Set.of(), null, List.of());
    seatNames.forEach(
        (igo, name) -> {
          Location seat = gazetteer.resolve(name, none).map(PlaceMatch::toLocation).orElse(null);
          if (seat == null) {
            throw new IllegalStateException(RESOURCE + ": the gazetteer does not know " + name);
          }
          resolved.put(igo, seat);
        });
    this.seats = Map.copyOf(resolved);
  }

  static BodySeats loadDefault(Gazetteer gazetteer) {
    Map<String, String> names = new HashMap<>();
    for (String line : PredicateFinder.loadWordList(RESOURCE)) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(RESOURCE + ": want 'igo<TAB>seat', got: " + line);
      }
      names.put(cols[0], cols[1]);
    }
    return new BodySeats(names, gazetteer);
  }

  /** The seat of the first actor that is a seated body, for a decided event; else null. */
  /**
   * True when the place is the seat of a body: a story filed from The Hague or Geneva is about the
   * body's business elsewhere, so its dateline places no party there.
   */
  boolean isSeat(Location place) {
    return place != null
        && seats.values().stream()
            .anyMatch(s -> s.gazetteerId() != null && s.gazetteerId().equals(place.gazetteerId()));
  }

  Location seat(PloverType type, List<ActorRef> actors) {
    if (!DECIDED.contains(type)) {
      return null;
    }
    return actors.stream()
        .filter(a -> a.igo() != null && seats.containsKey(a.igo()))
        .map(a -> seats.get(a.igo()))
        .findFirst()
        .orElse(null);
  }
}
