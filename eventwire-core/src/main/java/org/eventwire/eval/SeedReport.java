package org.eventwire.eval;

import java.util.List;

/**
 * Scores on one seed-gold article.
 *
 * @param suite gold file name
 * @param articleId the article id
 * @param error why the article could not be read or coded, or null
 * @param required required gold events matched
 * @param optional optional gold events matched
 * @param date matched events whose date and precision equal the gold
 * @param modality matched events whose modality equals the gold
 * @param factuality matched events on the same side of factual/non-factual as the gold
 * @param location matched events with a gold location whose predicted location agrees
 * @param sanctions matched events whose sanctions flag agrees with the gold
 * @param lines one line per gold event
 * @param unmatched predicted events matched to no gold event, summarised
 * @param violations must-not rules broken
 * @param notes what could not be checked and why
 */
public record SeedReport(
    String suite,
    String articleId,
    String error,
    Ratio required,
    Ratio optional,
    Ratio date,
    Ratio modality,
    Ratio factuality,
    Ratio location,
    Ratio sanctions,
    List<GoldLine> lines,
    List<String> unmatched,
    List<Violation> violations,
    List<String> notes)
    implements SuiteReport {

  public SeedReport {
    lines = List.copyOf(lines);
    unmatched = List.copyOf(unmatched);
    violations = List.copyOf(violations);
    notes = List.copyOf(notes);
  }

  /**
   * One gold event and the predicted event matched to it.
   *
   * @param gold the gold event summarised
   * @param predicted the matched event summarised, or null when none matched
   * @param dateOk null when unmatched; likewise the other checks ({@code locationOk} also when the
   *     gold gives no location)
   */
  public record GoldLine(
      int n,
      boolean required,
      String gold,
      String predicted,
      Boolean dateOk,
      Boolean modalityOk,
      Boolean locationOk,
      Boolean sanctionsOk) {

    public boolean matched() {
      return predicted != null;
    }
  }

  /**
   * A must-not rule broken by a predicted event.
   *
   * @param rule {@code published-date}, {@code factual-claim} or {@code credit-or-signoff}
   * @param event the offending event summarised
   * @param detail why
   */
  public record Violation(String rule, String event, String detail) {}
}
