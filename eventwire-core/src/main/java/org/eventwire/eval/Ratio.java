package org.eventwire.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * A count out of a total, e.g. 7 of 8 required events found.
 *
 * @param hits how many
 * @param total out of how many
 */
public record Ratio(int hits, int total) {

  public Ratio {
    if (hits < 0 || total < 0 || hits > total) {
      throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
    }
  }

  public static Ratio of(long hits, long total) {
    return new Ratio(Math.toIntExact(hits), Math.toIntExact(total));
  }

  /** hits / total, or null when the total is zero. */
  @JsonProperty("rate")
  public Double rate() {
    return total == 0 ? null : (double) hits / total;
  }

  /** {@code 7/8 (87.5%)}, or {@code 0/0} when there is nothing to count. */
  @Override
  public String toString() {
    if (total == 0) {
      return "0/0";
    }
    return String.format(Locale.ROOT, "%d/%d (%.1f%%)", hits, total, 100.0 * hits / total);
  }
}
