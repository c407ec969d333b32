package org.eventwire.coding;

import java.util.HashMap;
import java.util.Map;
import org.eventwire.model.Dateline;

/**
 * The country each news agency is based in ({@code coding/agency-homes.tsv}): a story filed from
 * the agency's own country calls that country's institutions "the spy agency", "the foreign
 * ministry" without naming it.
 */
final class AgencyHomes {
  private static final String RESOURCE = "eventwire/coding/agency-homes.tsv";
  private final Map<String, String> homes;

  AgencyHomes(Map<String, String> homes) {
    this.homes = Map.copyOf(homes);
  }

  static AgencyHomes loadDefault() {
    Map<String, String> homes = new HashMap<>();
    for (String line : PredicateFinder.loadWordList(RESOURCE)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(RESOURCE + ": expected 'agency<TAB>ISO3': " + line);
      }
      homes.put(f[0], f[1]);
    }
    return new AgencyHomes(homes);
  }

  /**
   * The dateline's country when the agency filed from its own country, else null.
   *
   * @param datelineCountry the country of the dateline's city, or null
   */
  String homeOf(Dateline dateline, String datelineCountry) {
    if (dateline == null || dateline.agency() == null || datelineCountry == null) {
      return null;
    }
    return datelineCountry.equals(homes.get(dateline.agency().trim())) ? datelineCountry : null;
  }
}
