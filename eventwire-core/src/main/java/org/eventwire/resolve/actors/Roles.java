package org.eventwire.resolve.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventwire.resolve.TsvRow;

/**
 * The {@code roles} column of {@code sectors.tsv} and {@code organizations.tsv}: CAMEO role and
 * religion codes stacked after the primary sector in an actor code ({@code EGY} + {@code OPP} +
 * {@code MUS}).
 */
final class Roles {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private Roles() {}

  /**
   * The cell's codes in order: three capital letters each, none repeated, none equal to the sector.
   */
  static List<String> parse(TsvRow row, int column, String sector) {
    List<String> roles = row.list(column);
    Set<String> seen = new HashSet<>(Set.of(sector));
    for (String role : roles) {
      if (!CODE.matcher(role).matches()) {
        throw row.error("role '" + role + "' is not a three-letter CAMEO code");
      }
      if (!seen.add(role)) {
        throw row.error("role '" + role + "' repeats the sector or another role");
      }
    }
    return roles;
  }

  /** The codes written one after another, as they follow the sector in an actor code. */
  static String suffix(List<String> roles) {
    return String.join("", roles);
  }
}
