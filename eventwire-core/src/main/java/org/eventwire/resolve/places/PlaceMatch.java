package org.eventwire.resolve.places;

import org.eventwire.model.Location;

/**
 * A resolved place and why it was chosen.
 *
 * @param place the place
 * @param rule how it was found and, when other places had the same name, the ranking criterion that
 *     decided, e.g. {@code name/type} or {@code division/country-context}
 */
public record PlaceMatch(Place place, String rule) {

  /**
   * The place as an event-record location; precision is the place's kind, so a country-level answer
   * says {@code country} and its coordinates are known to be a representative point.
   */
  public Location toLocation() {
    return new Location(
        place.name(),
        place.country(),
        place.admin1(),
        place.lat(),
        place.lon(),
        place.gazetteerId(),
        place.kind().label());
  }
}
