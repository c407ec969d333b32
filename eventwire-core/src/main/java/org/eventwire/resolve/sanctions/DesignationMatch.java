package org.eventwire.resolve.sanctions;

/**
 * A text that names a listed party.
 *
 * @param party the listing
 * @param name the listed name or alias that matched
 * @param words how many words matched (longer is stronger)
 */
public record DesignationMatch(DesignatedParty party, String name, int words) {

  /** The listing's reference number, e.g. KPe.001. */
  public String reference() {
    return party.reference();
  }
}
