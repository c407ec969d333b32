package org.eventwire.resolve.actors;

import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * A word or phrase naming a sector, from {@code sectors.tsv}.
 *
 * @param phrase the phrase, singular
 * @param sector CAMEO sector code (GOV, MIL, SPY, ...), the primary role
 * @param roles further CAMEO role or religion codes stacked after the sector (HRI, MUS), in order
 * @param generic true for weak words ("official") that any other sector word overrides
 * @param note why, when not obvious
 * @param source file and line
 */
public record SectorTerm(
    String phrase, String sector, List<String> roles, boolean generic, String note, String source)
    implements KbEntry {

  static final List<String> COLUMNS = List.of("phrase", "sector", "roles", "generic", "note");

  public SectorTerm {
    roles = List.copyOf(roles);
  }

  static SectorTerm of(TsvRow row) {
    String generic = row.cell(3);
    if (!generic.isEmpty() && !generic.equals("y")) {
      throw row.error("generic must be 'y' or empty");
    }
    String sector = row.required(1);
    return new SectorTerm(
        row.required(0),
        sector,
        Roles.parse(row, 2, sector),
        generic.equals("y"),
        row.cell(4),
        row.source());
  }
}
