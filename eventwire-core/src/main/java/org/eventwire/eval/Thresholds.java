package org.eventwire.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Minimum scores a CI run demands. A threshold set for a kind of suite the run did not score fails
 * too, so a misconfigured job cannot pass by scoring nothing.
 *
 * @param minPloverRecall minimum PLOVER type recall (0..1), or null
 * @param minPetrarchRootF1 minimum country+root triple F1 (0..1) on every PETRARCH suite, or null
 */
public record Thresholds(Double minPloverRecall, Double minPetrarchRootF1) {

  public static Thresholds none() {
    return new Thresholds(null, null);
  }

  /** The thresholds the reports do not meet, in words. */
  public List<String> failures(List<SuiteReport> reports) {
    List<String> out = new ArrayList<>();
    if (minPloverRecall != null) {
      checkPlover(reports, out);
    }
    if (minPetrarchRootF1 != null) {
      checkPetrarch(reports, out);
    }
    return out;
  }

  private void checkPlover(List<SuiteReport> reports, List<String> out) {
    List<PloverReport> plover =
        reports.stream()
            .filter(PloverReport.class::isInstance)
            .map(PloverReport.class::cast)
            .toList();
    if (plover.isEmpty()) {
      out.add("--min-plover-recall given but no PLOVER suite was scored");
    }
    for (PloverReport r : plover) {
      double recall = r.typeRecall().rate() == null ? 0 : r.typeRecall().rate();
      if (recall < minPloverRecall) {
        out.add(below(r.suite(), "type recall", recall, minPloverRecall));
      }
    }
  }

  private void checkPetrarch(List<SuiteReport> reports, List<String> out) {
    List<PetrarchReport> petrarch =
        reports.stream()
            .filter(PetrarchReport.class::isInstance)
            .map(PetrarchReport.class::cast)
            .toList();
    if (petrarch.isEmpty()) {
      out.add("--min-petrarch-root-f1 given but no PETRARCH suite was scored");
    }
    for (PetrarchReport r : petrarch) {
      if (r.root().f1() < minPetrarchRootF1) {
        out.add(below(r.suite(), "country+root F1", r.root().f1(), minPetrarchRootF1));
      }
    }
  }

  private static String below(String suite, String what, double got, double min) {
    return String.format(Locale.ROOT, "%s: %s %.3f is below %.3f", suite, what, got, min);
  }
}
