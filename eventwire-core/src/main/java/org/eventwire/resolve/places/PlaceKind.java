package org.eventwire.resolve.places;

import java.util.Locale;

/** What a place is; its lower-case name is the {@code precision} of a location. */
public enum PlaceKind {
  /** A point feature written for eventwire: a launch site, a crossing, a plant. */
  SITE,
  /** A populated place. */
  CITY,
  /** A first-level administrative division (province, oblast, state, governorate). */
  ADMIN1,
  /** A country; its coordinates are a representative point, never a precise location. */
  COUNTRY,
  /** A named area that is not an administrative unit (a strait, a peninsula, the Sahel). */
  REGION;

  /** The name used in event records: {@code site}, {@code city}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static PlaceKind parse(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
