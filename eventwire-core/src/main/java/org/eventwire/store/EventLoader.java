package org.eventwire.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.Event;
import org.eventwire.model.PublishedDate;

/**
 * Loads the events the Spark job ({@code eventwire-spark}'s {@code BatchJob}) wrote as Parquet into
 * the store: one article per {@code article_id} with the metadata of its rows, stored as an ingest
 * stores it (one transaction, events clustered in the same way) unless the store already has it.
 *
 * <p>The job's output has no article text. The stored text is the article's evidence sentences (in
 * sentence order, a blank line between them): what the output keeps of the article. An article
 * already stored under the same id (loaded before, or ingested with its full text) is not stored
 * again. When that text has at least {@link ArticleHashes#MIN_BODY_CHARS} letters and digits, its
 * hash recognises a copy under another id (the job codes both copies) as one article with two
 * sources; a shorter one is keyed by the id. A copy under another id of an article ingested with
 * its full text cannot be recognised without the text.
 */
public final class EventLoader {
  /** The job's rows, an article's together, earliest publication first. */
  static final String SELECT =
      "SELECT * FROM read_parquet(?) ORDER BY article_published NULLS LAST, article_id,"
          + " evidence_sentence_index NULLS LAST, evidence_start NULLS LAST, id";

  private final EventStore store;

  public EventLoader(EventStore store) {
    this.store = store;
  }

  /** One row of the job's output: its event, or why it could not be read. */
  private record Row(
      String articleId,
      Event event,
      String problem,
      String source,
      String url,
      String title,
      LocalDate published) {}

  /**
   * Loads every Parquet file of {@code paths} (files, or directories searched for {@code
   * *.parquet}, Spark's {@code _SUCCESS} and hidden files passed over), in path order.
   */
  public IngestProgress load(List<Path> paths, IngestListener listener) {
    long runId = store.startRun(paths.stream().map(p -> "load:" + p).toList());
    Run run = new Run(runId, listener);
    for (Path path : paths) {
      for (Path file : files(path, run)) {
        run.file(file);
      }
    }
    IngestProgress done = run.progress();
    store.finishRun(runId, done);
    return done;
  }

  private static List<Path> files(Path path, Run run) {
    if (!Files.exists(path)) {
      run.fail(path.toString(), "no such file or directory");
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .filter(p -> !p.getFileName().toString().matches("[._].*"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        run.fail(path.toString(), "no .parquet files in the directory");
      }
      return files;
    } catch (IOException | UncheckedIOException e) {
      run.fail(path.toString(), "could not list directory: " + e.getMessage());
      return List.of();
    }
  }

  /** The state of one load; used only by the thread that runs it. */
  private final class Run {
    private final long runId;
    private final IngestListener listener;
    private final List<Row> article = new ArrayList<>();
    private final RunTally tally = new RunTally();

    Run(long runId, IngestListener listener) {
      this.runId = runId;
      this.listener = listener;
    }

    void file(Path file) {
      String name = file.toString();
      if (name.matches(".*[*?\\[\\]{}].*")) {
        fail(name, "file names with glob characters (* ? [ ] { }) are not read");
        return;
      }
      try {
        store.readEach(SELECT, List.of(name), this::row, this::accept);
        flush();
      } catch (StoreException e) {
        article.clear();
        fail(name, "not readable as eventwire-spark event output: " + e.getMessage());
      }
    }

    private Row row(ResultSet r) throws SQLException {
      String id = r.getString("article_id");
      String source = r.getString("article_source");
      String url = r.getString("article_url");
      String title = r.getString("article_title");
      LocalDate published = r.getObject("article_published", LocalDate.class);
      try {
        return new Row(id, store.rows().event(r), null, source, url, title, published);
      } catch (RuntimeException e) {
        return new Row(id, null, "event " + r.getString("id") + ": " + e, source, url, title, null);
      }
    }

    private void accept(Row row) {
      if (!article.isEmpty() && !Objects.equals(article.get(0).articleId(), row.articleId())) {
        flush();
      }
      article.add(row);
    }

    private void flush() {
      if (article.isEmpty()) {
        return;
      }
      List<Row> rows = List.copyOf(article);
      article.clear();
      tally.read++;
      Optional<String> bad = rows.stream().map(Row::problem).filter(Objects::nonNull).findFirst();
      if (rows.get(0).articleId() == null) {
        fail("article_id null", "events without an article id are not loaded");
      } else if (bad.isPresent()) {
        fail(rows.get(0).articleId(), "not loaded: " + bad.get());
      } else {
        store(rows);
      }
      listener.progress(progress());
    }

    private void store(List<Row> rows) {
      Row first = rows.get(0);
      Article a = article(rows);
      ArticleHashes h = hashes(a);
      ArticleCopy copy = new ArticleCopy(a.id(), a.source(), a.url(), h.textSha256());
      try {
        Optional<String> stored =
            store.normalizedHashOf(a.id()).map(x -> a.id()).or(() -> store.storedCopyOf(h));
        if (stored.isPresent()) {
          tally.duplicates++;
          tally.sourcesAdded += store.addCopy(stored.get(), copy, runId) ? 1 : 0;
          return;
        }
        List<Event> coded = rows.stream().map(Row::event).toList();
        store.storeArticle(a, h, coded, runId);
        tally.articlesNew++;
        tally.events += coded.stream().map(Event::id).distinct().count();
      } catch (StoreException e) {
        fail(first.articleId(), "could not be stored: " + e.getMessage());
      }
    }

    void fail(String input, String problem) {
      tally.errors++;
      listener.failed(input, problem);
    }

    IngestProgress progress() {
      return tally.progress();
    }
  }

  /** The article as the rows describe it, its text made of their evidence sentences. */
  static Article article(List<Row> rows) {
    Row first = rows.get(0);
    String text =
        rows.stream()
            .map(Row::event)
            .filter(e -> e.evidence() != null && e.evidence().sentence() != null)
            .sorted(Comparator.comparingInt(e -> e.evidence().sentenceIndex()))
            .map(e -> e.evidence().sentence().strip())
            .filter(s -> !s.isEmpty())
            .distinct()
            .collect(Collectors.joining("\n\n"));
    PublishedDate published =
        first.published() == null
            ? null
            : new PublishedDate(first.published(), PublishedDate.Source.METADATA);
    return new Article(
        first.articleId(),
        text,
        published,
        first.title(),
        first.source(),
        first.url(),
        ArticleLayout.bodyOnly(text));
  }

  /**
   * The text's fingerprints. A text of fewer than {@link ArticleHashes#MIN_BODY_CHARS} normalised
   * letters and digits is keyed by the article id instead (as the ingest fingerprints no short
   * body): two different reports that were coded from the same one or two sentences (a shared lead)
   * are not taken for copies of each other.
   */
  static ArticleHashes hashes(Article a) {
    ArticleHashes h = ArticleHashes.of(a.text());
    if (ArticleHashes.normalize(a.text()).length() >= ArticleHashes.MIN_BODY_CHARS) {
      return h;
    }
    String key = ArticleHashes.sha256("eventwire load, short evidence text of: " + a.id());
    return new ArticleHashes(h.textSha256(), key, null);
  }
}
