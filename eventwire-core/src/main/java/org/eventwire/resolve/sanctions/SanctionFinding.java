package org.eventwire.resolve.sanctions;

import org.eventwire.model.SanctionFlag;

/**
 * A flag with the reasons it was raised.
 *
 * @param flag the flag as it goes into the event record
 * @param ruleId the rule in {@code rules.tsv} that raised it
 * @param measure the measure row it reports
 * @param listing the Consolidated List reference a {@code listed} condition matched, or null
 */
public record SanctionFinding(SanctionFlag flag, String ruleId, Measure measure, String listing) {

  /** One line for logs and reports: flag, basis, rule, listing. */
  public String explanation() {
    return flag.regime()
        + " "
        + flag.measure()
        + " ("
        + flag.basis()
        + ") by rule "
        + ruleId
        + " ["
        + measure.source()
        + "]"
        + (listing == null ? "" : " listing " + listing);
  }
}
