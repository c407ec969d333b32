package org.eventwire.resolve.places;

/**
 * A place in the gazetteer.
 *
 * @param gazetteerId {@code geonames:<id>}, {@code geonames-admin1:<CC.code>}, {@code
 *     iso3166-1:<ISO3>} or {@code eventwire-site:<slug>}
 * @param name its name in the gazetteer
 * @param country ISO 3166-1 alpha-3, or null for places between or outside countries (a strait)
 * @param admin1 the first-level division it lies in (its own name for a division), or null
 * @param lat latitude; for a country or region a representative point
 * @param lon longitude; for a country or region a representative point
 * @param population population from GeoNames (for divisions and countries the sum over listed
 *     places, a lower bound); 0 when unknown
 * @param kind site, city, admin1, country or region
 */
public record Place(
    String gazetteerId,
    String name,
    String country,
    String admin1,
    double lat,
    double lon,
    long population,
    PlaceKind kind) {}
