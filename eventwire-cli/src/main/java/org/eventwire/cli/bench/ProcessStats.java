package org.eventwire.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark reports about the process and the machine (Linux /proc where it can). */
public final class ProcessStats {
  private ProcessStats() {}

  /** Heap in use after a full collection, in bytes. */
  public static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Peak resident set size in bytes ({@code VmHWM} in /proc/self/status), or -1 off Linux. */
  public static long peakRss() {
    return statusKilobytes("VmHWM:") * 1024;
  }

  private static long statusKilobytes(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: reported as unknown
    }
    return -1;
  }

  /** The 1-minute load average, or "?" (other work on the machine skews every figure). */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** CPU model, cores, JVM and maximum heap, on one line. */
  public static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .findFirst()
              .orElse(cpu);
    } catch (IOException e) {
      // not Linux
    }
    return String.format(
        Locale.ROOT,
        "%s, %d cores, Java %s (%s), max heap %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        gib(Runtime.getRuntime().maxMemory()));
  }

  public static String gib(long bytes) {
    return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
  }
}
