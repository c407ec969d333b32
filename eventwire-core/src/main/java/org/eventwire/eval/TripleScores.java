package org.eventwire.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Set-of-triples scores over a number of records, PETRARCH validator style.
 *
 * @param records records scored
 * @param exactMatches records whose predicted set equals the expected set
 * @param truePositives predicted triples that were expected
 * @param predicted predicted triples
 * @param expected expected triples
 */
public record TripleScores(
    int records, int exactMatches, int truePositives, int predicted, int expected) {

  public static final TripleScores EMPTY = new TripleScores(0, 0, 0, 0, 0);

  /** These scores plus one more record. */
  public TripleScores plus(boolean exact, int tp, int pred, int exp) {
    return new TripleScores(
        records + 1,
        exactMatches + (exact ? 1 : 0),
        truePositives + tp,
        predicted + pred,
        expected + exp);
  }

  @JsonProperty("exact_match_rate")
  public double exactMatchRate() {
    return records == 0 ? 0 : (double) exactMatches / records;
  }

  @JsonProperty("precision")
  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  @JsonProperty("recall")
  public double recall() {
    return expected == 0 ? 0 : (double) truePositives / expected;
  }

  @JsonProperty("f1")
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "exact %d/%d (%.1f%%)  P/R/F1 %.3f / %.3f / %.3f",
        exactMatches,
        records,
        100 * exactMatchRate(),
        precision(),
        recall(),
        f1());
  }
}
