package org.eventwire.resolve.actors;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * A named organisation with a fixed country and sector for a period, from {@code
 * organizations.tsv}.
 *
 * @param name canonical name
 * @param variants other names and abbreviations
 * @param country ISO alpha-3, or empty when the group has no single country
 * @param sector CAMEO sector, the primary role
 * @param roles further CAMEO role or religion codes stacked after the sector (MUS, HRI), in order
 * @param from first day this holds, or null
 * @param to first day it no longer holds, or null
 * @param note remarks
 * @param source file and line
 */
public record Organization(
    String name,
    List<String> variants,
    String country,
    String sector,
    List<String> roles,
    LocalDate from,
    LocalDate to,
    String note,
    String source)
    implements KbEntry, Dated {

  static final List<String> COLUMNS =
      List.of("name", "variants", "country", "sector", "roles", "from", "to", "note");

  public Organization {
    variants = List.copyOf(variants);
    roles = List.copyOf(roles);
  }

  static Organization of(TsvRow row) {
    String sector = row.required(3);
    return new Organization(
        row.required(0),
        row.list(1),
        row.cell(2),
        sector,
        Roles.parse(row, 4, sector),
        row.date(5),
        row.date(6),
        row.cell(7),
        row.source());
  }
}
