package org.eventwire.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** English country names to ISO3 codes, from the JDK's locale data (no table of our own). */
final class CountryNames {
  private static final Map<String, String> ISO3_BY_NAME = build();

  private CountryNames() {}

  /** The ISO3 code of a country name such as {@code North Korea}, if it is one. */
  static Optional<String> iso3(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(ISO3_BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  private static Map<String, String> build() {
    Map<String, String> map = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale country = new Locale("", iso2);
      map.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso3(country));
    }
    return Map.copyOf(map);
  }

  private static String iso3(Locale country) {
    try {
      return country.getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return country.getCountry();
    }
  }
}
