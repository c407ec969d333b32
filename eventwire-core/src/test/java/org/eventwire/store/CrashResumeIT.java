package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int killedMidway = 0;
    for (int i = 0; i < KILLS; i++) {
      Process p = start(crashed, corpus);
      awaitOpen(p);
      Thread.sleep(300 + random.nextInt(2500));
      p.destroyForcibly();
      p.waitFor(60, TimeUnit.SECONDS);
      if (TestEvents.count(crashed, "articles") < count(reference, "articles")) {
        killedMidway++;
      }
    }
    Process resume = start(crashed, corpus);
    assertThat(resume.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(resume.exitValue()).as("resumed ingest exit status").isZero();

    assertThat(killedMidway).as("kills that interrupted the ingest (seed %d)", seed).isPositive();
    assertThat(count(reference, "clusters")).isLessThan(count(reference, "events"));
    for (Map.Entry<String, String> t : TABLES.entrySet()) {
      assertThat(count(crashed, t.getKey()))
          .as("%s rows (seed %d)", t.getKey(), seed)
          .isEqualTo(count(reference, t.getKey()))
          .isPositive();
      assertThat(difference(reference, crashed, t.getKey(), t.getValue()))
          .as("%s rows in one store but not the other (seed %d)", t.getKey(), seed)
          .isZero();
    }
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
