package org.eventwire.resolve.actors;

import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * A region, province or territory that news uses as a stand-in ("Donbas", "Gaza", "Primorye"), from
 * {@code regions.tsv}. A region is a place: it lends its country to sector words ("Gaza
 * authorities", "the governor of Primorye") and to places, but alone it is a national actor only
 * when {@code standsForCountry} ("Gaza", "the West Bank": the Palestinian territories).
 *
 * @param name canonical name
 * @param variants other names, spellings and adjectives ("Crimean", "Chechen")
 * @param country ISO alpha-3 of the state the region belongs to (internationally recognised)
 * @param standsForCountry true when the bare name stands for the country itself
 * @param note remarks (disputes, occupation)
 * @param source file and line
 */
public record Region(
    String name,
    List<String> variants,
    String country,
    boolean standsForCountry,
    String note,
    String source)
    implements KbEntry {

  static final List<String> COLUMNS = List.of("name", "variants", "country", "alone", "note");

  public Region {
    variants = List.copyOf(variants);
  }

  static Region of(TsvRow row) {
    String alone = row.required(3);
    if (!alone.equals("country") && !alone.equals("place")) {
      throw row.error("column 'alone' must be 'country' or 'place', not '" + alone + "'");
    }
    return new Region(
        row.required(0),
        row.list(1),
        row.required(2),
        alone.equals("country"),
        row.cell(4),
        row.source());
  }
}
