package org.eventwire.cli.bench;

import java.util.Optional;

/**
 * Hands the command's loaded fixture to the benchmark state of an in-process run ({@code --forks
 * 0}).
 *
 * <p>This is the project's one static registry, and deliberately so: JMH instantiates the
 * {@code @State} classes itself, with no constructor arguments, so the only way to give them a
 * pipeline that is already loaded in this JVM is a static field. A forked JVM finds it empty and
 * loads its own fixture from {@link ForkInput}.
 */
public final class InProcessFixture {
  private static volatile BenchFixture current;

  private InProcessFixture() {}

  /** Makes {@code fixture} the one the next in-process benchmarks use (null clears it). */
  public static void handOver(BenchFixture fixture) {
    current = fixture;
  }

  /** The fixture handed over in this JVM, if any. */
  static Optional<BenchFixture> current() {
    return Optional.ofNullable(current);
  }
}
