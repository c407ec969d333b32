package org.eventwire.cli.bench;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.pipeline.KnowledgeOptions;
import org.eventwire.pipeline.Pipelines;

/**
 * What the benchmark reads and loads: the input paths ({@code -} is stdin), the date override and
 * the user's knowledge options. The command reads it directly; a forked JMH JVM gets it as system
 * properties ({@link #jvmArgs()}) and loads its own pipeline and articles from them.
 *
 * @param paths files or directories, or {@code -} for stdin (in-process runs only)
 * @param date publication date for every article, or null
 * @param knowledge the user's sanctions list and actor overlay
 */
public record BenchInput(List<String> paths, LocalDate date, KnowledgeOptions knowledge) {
  private static final String PREFIX = "eventwire.bench.";
  private static final String PATHS = PREFIX + "paths";
  private static final String DATE = PREFIX + "date";
  private static final String SANCTIONS = PREFIX + "sanctions-list";
  private static final String ACTORS = PREFIX + "actors";

  public BenchInput {
    paths = List.copyOf(paths);
  }

  /**
   * Reads every input in order; each unreadable one is reported to {@code problems} and skipped.
   */
  public List<Article> read(Consumer<String> problems) {
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withDate(date));
    List<Article> out = new ArrayList<>();
    Consumer<ReadResult> sink =
        r -> {
          if (r instanceof ReadResult.Ok ok) {
            out.add(ok.article());
          } else if (r instanceof ReadResult.Failed f) {
            problems.accept(f.input() + ": " + f.problem());
          }
        };
    for (String p : paths) {
      if (p.equals("-")) {
        reader.readStream(System.in, "stdin", sink);
      } else {
        reader.read(Path.of(p), sink);
      }
    }
    return out;
  }

  /** The system properties that let a forked JVM rebuild this input; stdin cannot be re-read. */
  public List<String> jvmArgs() {
    if (paths.contains("-")) {
      throw new IllegalArgumentException(
          "stdin (-) cannot be re-read by a forked benchmark JVM: give files, or use --forks 0");
    }
    List<String> args = new ArrayList<>();
    args.add("-D" + PATHS + "=" + String.join(File.pathSeparator, paths));
    if (date != null) {
      args.add("-D" + DATE + "=" + date);
    }
    if (knowledge.consolidatedList() != null) {
      args.add("-D" + SANCTIONS + "=" + knowledge.consolidatedList());
    }
    if (knowledge.actorOverlay() != null) {
      args.add("-D" + ACTORS + "=" + knowledge.actorOverlay());
    }
    return args;
  }

  /** The input a forking command passed to this JVM ({@link #jvmArgs()}). */
  static BenchInput fromSystemProperties() {
    return from(System.getProperties());
  }

  /** The input that {@link #jvmArgs()} set as {@code properties}. */
  static BenchInput from(Properties properties) {
    String paths = properties.getProperty(PATHS);
    if (paths == null || paths.isBlank()) {
      throw new IllegalStateException(
          "no benchmark input: run the benchmarks through `eventwire bench`, which hands over the"
              + " fixture in process or sets -D"
              + PATHS
              + " for forked JVMs");
    }
    String date = properties.getProperty(DATE);
    return new BenchInput(
        Arrays.asList(paths.split(File.pathSeparator)),
        date == null ? null : LocalDate.parse(date),
        new KnowledgeOptions(path(properties, SANCTIONS), path(properties, ACTORS)));
  }

  private static Path path(Properties properties, String name) {
    String value = properties.getProperty(name);
    return value == null ? null : Path.of(value);
  }

  /** Loads the standard pipeline and reads the articles: what a forked JVM does in its set-up. */
  BenchFixture load() {
    Consumer<String> problems = problem -> System.err.println("eventwire bench: " + problem);
    return BenchFixture.prepare(
        Pipelines.standard(NlpConfig.defaults(), knowledge), read(problems), problems);
  }
}
