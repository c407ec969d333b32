package org.eventwire.resolve.actors;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * One term of office of a person, from {@code people.tsv}.
 *
 * @param name canonical full name
 * @param variants other forms of the full name
 * @param country ISO alpha-3, or the key of an international body from {@code igos.tsv}
 * @param sector CAMEO sector of the office
 * @param role the office, lower case
 * @param from first day in office, or null when unknown
 * @param to the day the successor took over, or null while in office
 * @param surnames short forms that resolve alone; empty when only the full name does
 * @param source file and line
 */
public record Person(
    String name,
    List<String> variants,
    String country,
    String sector,
    String role,
    LocalDate from,
    LocalDate to,
    List<String> surnames,
    String source)
    implements KbEntry, Dated {

  static final List<String> COLUMNS =
      List.of("name", "variants", "country", "sector", "role", "from", "to", "surname");

  public Person {
    variants = List.copyOf(variants);
    surnames = List.copyOf(surnames);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException(source + ": 'from' must be before 'to'");
    }
  }

  static Person of(TsvRow row) {
    return new Person(
        row.required(0),
        row.list(1),
        row.required(2),
        row.required(3),
        row.required(4),
        row.date(5),
        row.date(6),
        row.list(7),
        row.source());
  }
}
