package org.eventwire.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import org.eventwire.store.IngestListener;
import org.eventwire.store.IngestProgress;

/**
 * Ingest progress on standard error. On a terminal: a bar rewritten in place at most four times a
 * second with articles/s, ETA (when the inputs could be counted beforehand) and errors. Otherwise:
 * a plain log line every 1,000 articles. Per-input problems always get a line of their own.
 */
final class ProgressDisplay implements IngestListener {
  private static final long TERMINAL_EVERY_NANOS = 250_000_000L;
  private static final long LOG_EVERY_ARTICLES = 1000;
  private static final int BAR = 24;
  private final PrintWriter err;
  private final boolean terminal;
  private final OptionalLong total;
  private long lastShown = System.nanoTime() - TERMINAL_EVERY_NANOS;
  private long lastLogged;
  private boolean lineOpen;

  /**
   * @param total the articles the inputs hold, when known beforehand (for the bar and the ETA)
   */
  ProgressDisplay(PrintWriter err, boolean terminal, OptionalLong total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  @Override
  public void progress(IngestProgress p) {
    long handled = handled(p);
    if (terminal) {
      long now = System.nanoTime();
      if (now - lastShown >= TERMINAL_EVERY_NANOS) {
        lastShown = now;
        err.print("\r" + bar(p) + line(p) + "   ");
        err.flush();
        lineOpen = true;
      }
    } else if (handled - lastLogged >= LOG_EVERY_ARTICLES) {
      lastLogged = handled;
      err.println("eventwire: " + line(p));
      err.flush();
    }
  }

  @Override
  public void failed(String input, String problem) {
    endLine();
    err.println("eventwire: " + input + ": " + problem);
    err.flush();
  }

  void endLine() {
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }

  private static long handled(IngestProgress p) {
    return p.articlesNew() + p.duplicates() + p.errors();
  }

  private String bar(IngestProgress p) {
    if (total.isEmpty() || total.getAsLong() == 0) {
      return "";
    }
    double done = Math.min(1.0, (double) handled(p) / total.getAsLong());
    int filled = (int) Math.round(done * BAR);
    return String.format(
        Locale.ROOT, "[%s%s] %3.0f%% ", "#".repeat(filled), ".".repeat(BAR - filled), done * 100);
  }

  private String line(IngestProgress p) {
    return String.format(
            Locale.ROOT,
            "%d read, %d new, %d copies, %d events, %d errors, %.1f articles/s",
            p.read(),
            p.articlesNew(),
            p.duplicates(),
            p.events(),
            p.errors(),
            p.articlesPerSecond())
        + eta(p);
  }

  /** ", ETA 3m 20s" from the rate so far, when the total is known. */
  private String eta(IngestProgress p) {
    double rate = p.articlesPerSecond();
    if (total.isEmpty() || rate <= 0) {
      return "";
    }
    long left = Math.max(0, total.getAsLong() - handled(p));
    Duration d = Duration.ofSeconds(Math.round(left / rate));
    return String.format(
        Locale.ROOT, ", ETA %dh %02dm %02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
