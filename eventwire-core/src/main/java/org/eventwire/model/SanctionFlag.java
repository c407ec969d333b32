package org.eventwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sanctions measure an event touches.
 *
 * @param regime e.g. UNSC-1718
 * @param measure e.g. overseas-workers
 * @param basis legal basis, e.g. UNSCR 2397 (2017) OP 8
 * @param listing the Consolidated List reference of a listed party the flag rests on (e.g.
 *     KPe.001), or null
 */
public record SanctionFlag(
    String regime,
    String measure,
    String basis,
    @JsonInclude(JsonInclude.Include.NON_NULL) String listing) {

  /** A flag that rests on no listing. */
  public SanctionFlag(String regime, String measure, String basis) {
    this(regime, measure, basis, null);
  }

  /** This flag resting on a listing. */
  public SanctionFlag withListing(String reference) {
    return new SanctionFlag(regime, measure, basis, reference);
  }
}
