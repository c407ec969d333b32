package org.eventwire.resolve.places;

import java.util.List;
import java.util.Set;

/**
 * What the article says about where things are.
 *
 * @param countries ISO 3166-1 alpha-3 codes of the countries in play (actors, recipients, other
 *     places)
 * @param datelineCountry ISO alpha-3 of the dateline, or null
 * @param nearby other place names in the article, the dateline city first ("Atlanta"): a candidate
 *     in the same first-level division as one of them wins over everything else
 */
public record PlaceContext(Set<String> countries, String datelineCountry, List<String> nearby) {

  public PlaceContext {
    countries = Set.copyOf(countries);
    nearby = List.copyOf(nearby);
  }

  /** No context: ranking by name, kind and population only. */
  public static PlaceContext none() {
    return new PlaceContext(Set.of(), null, List.of());
  }

  /** Countries in play only. */
  public static PlaceContext ofCountries(String... iso3) {
    return new PlaceContext(Set.of(iso3), null, List.of());
  }

  /** True when the country is in play or is the dateline's. */
  boolean inPlay(String iso3) {
    return iso3 != null && (countries.contains(iso3) || iso3.equals(datelineCountry));
  }
}
