package org.eventwire.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param givenParses how many records were coded on their given treebank parse, or null when the
 *     run did not use given parses
 */
public record PetrarchReport(
    String suite,
    int records,
    int notEvaluated,
    int errors,
    TripleScores exact,
    TripleScores root,
    Baseline baseline,
    List<Mismatch> mismatches,
    @JsonInclude(JsonInclude.Include.NON_NULL) GivenParseCount givenParses)
    implements SuiteReport {

  public PetrarchReport {
    mismatches = List.copyOf(mismatches);
  }

  /** The same report with the count of given parses. */
  public PetrarchReport withGivenParses(GivenParseCount count) {
    return new PetrarchReport(
        suite, records, notEvaluated, errors, exact, root, baseline, mismatches, count);
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
