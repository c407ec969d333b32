package org.eventwire.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReaderOptions;

/**
 * Counts the articles the inputs hold before an ingest reads them, for the progress bar's ETA: a
 * JSON Lines file counts its non-blank lines, a feed its parsed items (one when it cannot be
 * parsed: the one failure reported), any other file one. Empty when an input is standard input or
 * cannot be counted (the bar then shows no total). A rough count: bad lines are counted too.
 */
final class InputCensus {
  private InputCensus() {}

  static OptionalLong count(List<String> paths) {
    long n = 0;
    try {
      for (String p : paths) {
        if (p.equals("-")) {
          return OptionalLong.empty();
        }
        n += countPath(Path.of(p));
      }
      return OptionalLong.of(n);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  private static long countPath(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return countFile(path);
    }
    long n = 0;
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        if (!f.getFileName().toString().startsWith(".")) {
          n += countFile(f);
        }
      }
    }
    return n;
  }

  private static long countFile(Path f) throws IOException {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return new ArticleReader(ReaderOptions.defaults()).feedResults(f);
    }
    if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      return 1;
    }
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      long n = 0;
      String line;
      while ((line = r.readLine()) != null) {
        n += line.isBlank() ? 0 : 1;
      }
      return n;
    }
  }
}
