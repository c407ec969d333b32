package org.eventwire.resolve.actors;

import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * A word or phrase naming a sector, from {@code sectors.tsv}.
 *
 * @param phrase the phrase, singular
 * @param sector CAMEO sector code (GOV, MIL, SPY, ...)
 * @param generic true for weak words ("official") that any other sector word overrides
 * @param note why, when not obvious
 * @param source file and line
 */
public record SectorTerm(String phrase, String sector, boolean generic, String note, String source)
    implements KbEntry {

  static final List<String> COLUMNS = List.of("phrase", "sector", "generic", "note");

  static SectorTerm of(TsvRow row) {
    String generic = row.cell(2);
    if (!generic.isEmpty() && !generic.equals("y")) {
      throw row.error("generic must be 'y' or empty");
    }
    return new SectorTerm(
        row.required(0), row.required(1), generic.equals("y"), row.cell(3), row.source());
  }
}
