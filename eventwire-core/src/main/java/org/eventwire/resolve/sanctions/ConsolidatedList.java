package org.eventwire.resolve.sanctions;

import java.util.List;

/**
 * A Consolidated List as read from its XML.
 *
 * @param dateGenerated the list's {@code dateGenerated} attribute, or empty
 * @param parties its entries, individuals first, in file order
 */
public record ConsolidatedList(String dateGenerated, List<DesignatedParty> parties) {

  public ConsolidatedList {
    parties = List.copyOf(parties);
  }

  /** The number of entries of one kind. */
  public long count(DesignatedParty.Kind kind) {
    return parties.stream().filter(p -> p.kind() == kind).count();
  }
}
