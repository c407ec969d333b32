package org.eventwire.eval;

import java.util.List;

/**
 * Everything one {@code eventwire eval} run found.
 *
 * @param suites one report per gold file, in the order given
 * @param failures thresholds not met, in words; empty when the run passes
 */
public record EvalRun(List<SuiteReport> suites, List<String> failures) {

  public EvalRun {
    suites = List.copyOf(suites);
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
