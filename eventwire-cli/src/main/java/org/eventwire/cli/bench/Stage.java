package org.eventwire.cli.bench;

import java.util.Arrays;
import java.util.Optional;

/** The measured stages, in table order, by the name of their {@code @Benchmark} method. */
public enum Stage {
  NLP("nlp", "NLP (Analyze)"),
  CODING("coding", "coding (CodeEvents)"),
  END_TO_END("endToEnd", "end to end");

  private final String method;
  private final String label;

  Stage(String method, String label) {
    this.method = method;
    this.label = label;
  }

  /** The row label in the table. */
  public String label() {
    return label;
  }

  /** The stage whose benchmark JMH names {@code benchmark} (the method's full name). */
  static Optional<Stage> ofBenchmark(String benchmark) {
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    return Arrays.stream(values()).filter(s -> s.method.equals(method)).findFirst();
  }
}
