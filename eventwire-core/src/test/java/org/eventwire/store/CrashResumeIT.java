package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eventwire.corpus.CorpusGenerator;
import org.eventwire.corpus.StandInCoder;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process (SIGKILL via {@code destroyForcibly}) at random points, resumes it,
 * and compares every table with one uninterrupted run: a real DuckDB file, no mocks.
 */
class CrashResumeIT {
  private static final int ARTICLES = 400;
  private static final int KILLS = 3;

  /** The columns compared per table: everything but times and run numbers. */
  private static final Map<String, String> TABLES =
      Map.ofEntries(
          Map.entry(
              "articles",
              "id, source, url, title, published, published_source, text, text_sha256,"
                  + " normalized_sha256"),
          Map.entry("article_sources", "article_id, input_id, source, url, text_sha256"),
          Map.entry("article_bodies", "*"),
          Map.entry("article_signatures", "*"),
          Map.entry("article_signature_bands", "*"),
          Map.entry("events", "*"),
          Map.entry("actor_refs", "*"),
          Map.entry("clusters", "*"),
          Map.entry("cluster_members", "*"),
          Map.entry("cluster_keys", "*"),
          Map.entry("cluster_outlets", "*"),
          Map.entry("cluster_disagreements", "*"));

  @TempDir Path dir;

  @Test
  void anIngestKilledThreeTimesAndResumedEndsWithTheSameTablesAsOneUninterruptedRun()
      throws Exception {
    Path corpus = dir.resolve("corpus");
    new CorpusGenerator(11).write(ARTICLES, corpus, Json.newMapper());
    Path reference = dir.resolve("reference.duckdb");
    try (EventStore store = EventStore.open(reference)) {
      new Ingestor(store, new StandInCoder(), IngestConfig.withThreads(1))
          .run(
              List.of(corpus),
              new ArticleReader(ReaderOptions.defaults()),
              IngestListener.silent());
    }
    Path crashed = dir.resolve("crashed.duckdb");
    long seed = seed();
    System.out.println("CrashResumeIT seed " + seed + " (-Deventwire.crash.seed=" + seed + ")");
    Random random = new Random(seed);
    int killedMidway = 0;
    List<Long> committed = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      Process p = start(crashed, corpus);
      awaitOpen(p);
      Thread.sleep(300 + random.nextInt(2500));
      p.destroyForcibly();
      p.waitFor(60, TimeUnit.SECONDS);
      long articles = storedArticles(crashed);
      committed.add(articles);
      if (articles < count(reference, "articles")) {
        killedMidway++;
      }
    }
    System.out.println(
        "CrashResumeIT seed " + seed + ": articles committed at each kill " + committed);
    Process resume = start(crashed, corpus);
    assertThat(resume.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(resume.exitValue()).as("resumed ingest exit status").isZero();

    assertThat(killedMidway).as("kills that interrupted the ingest (seed %d)", seed).isPositive();
    assertThat(count(reference, "clusters")).isLessThan(count(reference, "events"));
    try {
      for (Map.Entry<String, String> t : new TreeMap<>(TABLES).entrySet()) {
        assertThat(count(crashed, t.getKey()))
            .as("%s rows (seed %d)", t.getKey(), seed)
            .isEqualTo(count(reference, t.getKey()))
            .isPositive();
        assertThat(difference(reference, crashed, t.getKey(), t.getValue()))
            .as(
                "%s rows in one store but not the other (seed %d, kills after %s articles):%n%s",
                t.getKey(),
                seed,
                committed,
                differingRows(reference, crashed, t.getKey(), t.getValue()))
            .isZero();
      }
    } catch (AssertionError e) {
      keep(seed, reference, crashed);
      throw e;
    }
  }

  /**
   * The articles in the killed store, opened as eventwire opens it (its open replays the killed
   * writer's log and checkpoints). A bare DuckDB connection here would let DuckDB 1.4's shutdown
   * checkpoint drop the replayed rows from the secondary indexes (see {@code EventStore#open},
   * {@link EventStoreRecoveryTest}), a corruption of the test's own making.
   */
  private static long storedArticles(Path db) {
    try (EventStore store = EventStore.open(db)) {
      return store.counts().articles();
    }
  }

  /** The seed of the kill times: {@code -Deventwire.crash.seed=N}, else a fresh one. */
  private static long seed() {
    String fixed = System.getProperty("eventwire.crash.seed", "").trim();
    return fixed.isEmpty() ? System.nanoTime() : Long.parseLong(fixed);
  }

  /** Copies both stores of a failed run to {@code target/crash-resume-SEED} for inspection. */
  private void keep(long seed, Path reference, Path crashed) throws IOException {
    Path out = Path.of("target", "crash-resume-" + seed);
    Files.createDirectories(out);
    Files.copy(reference, out.resolve("reference.duckdb"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(crashed, out.resolve("crashed.duckdb"), StandardCopyOption.REPLACE_EXISTING);
    Path stderr = dir.resolve("child-stderr.txt");
    if (Files.exists(stderr)) {
      Files.copy(stderr, out.resolve("child-stderr.txt"), StandardCopyOption.REPLACE_EXISTING);
    }
    System.out.println("CrashResumeIT: stores of the failed run kept in " + out.toAbsolutePath());
  }

  private Process start(Path db, Path corpus) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrashIngestMain.class.getName(),
            db.toString(),
            corpus.toString(),
            "2")
        .redirectError(dir.resolve("child-stderr.txt").toFile())
        .start();
  }

  private static void awaitOpen(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the child's first line").isEqualTo("open");
  }

  private static long count(Path db, String table) throws SQLException {
    return TestEvents.count(db, table);
  }

  /** At most {@value #SHOWN} rows in each direction of the difference, labelled by store. */
  private static String differingRows(Path a, Path b, String table, String columns)
      throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + a.toAbsolutePath() + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + b.toAbsolutePath() + "' AS b (READ_ONLY)");
      String sa = "SELECT " + columns + " FROM a." + table;
      String sb = "SELECT " + columns + " FROM b." + table;
      StringBuilder out = new StringBuilder();
      rows(s, "uninterrupted only", "(" + sa + " EXCEPT ALL " + sb + ")", out);
      rows(s, "resumed only", "(" + sb + " EXCEPT ALL " + sa + ")", out);
      return out.toString();
    }
  }

  private static final int SHOWN = 10;

  private static void rows(Statement s, String label, String from, StringBuilder out)
      throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT * FROM " + from + " ORDER BY ALL LIMIT " + SHOWN)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        out.append("  ").append(label).append(": ");
        for (int i = 1; i <= n; i++) {
          String v = String.valueOf(r.getObject(i));
          out.append(i > 1 ? " | " : "")
              .append(r.getMetaData().getColumnName(i))
              .append('=')
              .append(v.length() > 80 ? v.substring(0, 80) + "..." : v);
        }
        out.append(System.lineSeparator());
      }
    }
  }

  /** Rows of {@code table} in one store and not in the other, both ways, duplicates counted. */
  private static long difference(Path a, Path b, String table, String columns) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + a.toAbsolutePath() + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + b.toAbsolutePath() + "' AS b (READ_ONLY)");
      String sa = "SELECT " + columns + " FROM a." + table;
      String sb = "SELECT " + columns + " FROM b." + table;
      try (ResultSet r =
          s.executeQuery(
              "SELECT (SELECT count(*) FROM ("
                  + sa
                  + " EXCEPT ALL "
                  + sb
                  + ")) + (SELECT count(*) FROM ("
                  + sb
                  + " EXCEPT ALL "
                  + sa
                  + "))")) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
