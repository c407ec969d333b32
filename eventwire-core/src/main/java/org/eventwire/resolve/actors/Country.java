package org.eventwire.resolve.actors;

import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * A country from {@code countries.tsv}.
 *
 * @param iso3 ISO 3166-1 alpha-3 code (or a documented user-assigned code such as XKX)
 * @param cameo the CAMEO country code used in actor codes
 * @param name canonical English name
 * @param variants other names
 * @param adjectives adjectives and demonyms
 * @param capitals capitals, seats of government and stand-ins for the government
 * @param source file and line
 */
public record Country(
    String iso3,
    String cameo,
    String name,
    List<String> variants,
    List<String> adjectives,
    List<String> capitals,
    String source)
    implements KbEntry {

  static final List<String> COLUMNS =
      List.of("iso3", "cameo", "name", "variants", "adjectives", "capitals");

  public Country {
    variants = List.copyOf(variants);
    adjectives = List.copyOf(adjectives);
    capitals = List.copyOf(capitals);
  }

  static Country of(TsvRow row) {
    return new Country(
        row.required(0),
        row.required(1),
        row.required(2),
        row.list(3),
        row.list(4),
        row.list(5),
        row.source());
  }
}
