package org.eventwire.resolve.places;

import java.util.List;

/**
 * A place with what the resolver needs beyond the public record.
 *
 * @param place the place
 * @param feature GeoNames feature class and code ("P.PPLC", "A.ADM1"), or "eventwire.site"
 * @param admin1Code GeoNames first-level division code ("RU.05"), or empty
 * @param capitalId for a country, the gazetteer id of its capital, or empty
 * @param names primary names: name, ASCII name, for countries the curated variants
 * @param alternates other names (GeoNames alternates, ISO 3166-2 names)
 * @param written true for entries written for eventwire (sites.tsv)
 */
record GazetteerEntry(
    Place place,
    String feature,
    String admin1Code,
    String capitalId,
    List<String> names,
    List<String> alternates,
    boolean written) {

  GazetteerEntry {
    names = List.copyOf(names);
    alternates = List.copyOf(alternates);
  }

  PlaceKind kind() {
    return place.kind();
  }

  boolean isCapital() {
    return feature.equals("P.PPLC");
  }
}
