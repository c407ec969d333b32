package org.eventwire.eval;

import java.util.List;

/**
 * Scores on a PETRARCH validation suite.
 *
 * @param suite gold file name
 * @param records records in the file
 * @param notEvaluated records skipped because upstream marks them {@code evaluate=false}
 * @param errors records whose coding threw (scored as coding nothing)
 * @param exact scores on exact codes
 * @param root scores on "country+root" codes (3-character actors, 2-digit CAMEO root)
 * @param baseline the reference coder on the same records, or null when no baseline was found
 * @param mismatches records whose exact-code set differs from the expected set
 */
public record PetrarchReport(
    String suite,
    int records,
    int notEvaluated,
    int errors,
    TripleScores exact,
    TripleScores root,
    Baseline baseline,
    List<Mismatch> mismatches)
    implements SuiteReport {

  public PetrarchReport {
    mismatches = List.copyOf(mismatches);
  }

  /**
   * Ours and the reference coder's scores on the records both coded.
   *
   * @param missing scored records the reference coder has no output for (left out of both)
   */
  public record Baseline(
      int missing,
      TripleScores oursExact,
      TripleScores oursRoot,
      TripleScores baselineExact,
      TripleScores baselineRoot) {}

  /** One record whose coded triples differ from the expected ones. */
  public record Mismatch(String id, List<Triple> expected, List<Triple> predicted, String error) {
    public Mismatch {
      expected = List.copyOf(expected);
      predicted = List.copyOf(predicted);
    }
  }
}
