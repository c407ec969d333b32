package org.eventwire.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Runs one stage over a list of inputs on a fixed number of threads: warm-up rounds first (JIT,
 * caches), then measured rounds, and reports the measured wall time per round.
 *
 * @param threads worker threads
 * @param warmups rounds run before measuring
 * @param rounds rounds measured
 */
record StageTimer(int threads, int warmups, int rounds) {

  /**
   * A measured stage: the outputs of the last round, the mean wall seconds per round, and the mean
   * CPU seconds the worker threads spent per round (what the stage costs a core, whatever else the
   * machine is doing; the JVM's own GC and JIT threads are not counted).
   */
  record Timed<O>(List<O> outputs, double secondsPerRound, double cpuSecondsPerRound) {}

  <I, O> Timed<O> time(List<I> inputs, Function<I, O> stage) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < warmups; i++) {
        round(pool, inputs, stage);
      }
      List<O> last = List.of();
      LongAdder cpu = new LongAdder();
      Function<I, O> counted = input -> cpuTimed(stage, input, cpu);
      long t0 = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        last = round(pool, inputs, counted);
      }
      int n = Math.max(1, rounds);
      return new Timed<>(last, (System.nanoTime() - t0) / 1e9 / n, cpu.sum() / 1e9 / n);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <I, O> O cpuTimed(Function<I, O> stage, I input, LongAdder cpu) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    try {
      return stage.apply(input);
    } finally {
      cpu.add(threads.getCurrentThreadCpuTime() - c0);
    }
  }

  private static <I, O> List<O> round(ExecutorService pool, List<I> inputs, Function<I, O> stage) {
    List<Future<O>> futures = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      futures.add(pool.submit(() -> stage.apply(input)));
    }
    List<O> out = new ArrayList<>(inputs.size());
    try {
      for (Future<O> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a stage failed during the benchmark", e.getCause());
    }
    return out;
  }
}
