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
 * @param sector CAMEO sector
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
    LocalDate from,
    LocalDate to,
    String note,
    String source)
    implements KbEntry, Dated {

  static final List<String> COLUMNS =
      List.of("name", "variants", "country", "sector", "from", "to", "note");

  public Organization {
    variants = List.copyOf(variants);
  }

  static Organization of(TsvRow row) {
    return new Organization(
        row.required(0),
        row.list(1),
        row.cell(2),
        row.required(3),
        row.date(4),
        row.date(5),
        row.cell(6),
        row.source());
  }
}
