package org.eventwire.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options that the commands which read articles share (a picocli mixin). */
final class InputOptions {

  @Option(names = "--date", description = "Publication date for every article (YYYY-MM-DD).")
  LocalDate date;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default 1).")
  int threads;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or directories (.txt, .jsonl, .html, .rss, .atom, .xml, maybe .gz); - is stdin"
              + " (JSON Lines, a feed, HTML or wire text, by how it starts).")
  List<String> paths;

  /** At least one worker thread. */
  int threads() {
    return Math.max(1, threads);
  }

  /** Reads every input in order, handing each result to {@code sink}. */
  void read(Consumer<ReadResult> sink) {
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withDate(date));
    for (String p : paths) {
      if (p.equals("-")) {
        reader.readStream(System.in, "stdin", sink);
      } else {
        reader.read(Path.of(p), sink);
      }
    }
  }
}
