package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLoaderTest {
  @TempDir Path dir;

  /** One article's row metadata, as the job writes it. */
  private record Meta(String articleId, String source, String url, String title, LocalDate day) {}

  /** The job's columns after the event's: {@code more_evidence} and the article's metadata. */
  private static final String JOB_COLUMNS =
      "id, article_id, type, mode, contexts, cameo, intensity, quad_class, actors, recipients,"
          + " date, date_precision, date_start, date_end, date_text, historical, location_name,"
          + " location_country, location_admin1, location_lat, location_lon,"
          + " location_gazetteer_id, location_precision, modality, claimants, negated, sanctions,"
          + " has_sanctions, evidence_sentence, evidence_sentence_index, evidence_start,"
          + " evidence_end, evidence_trigger, '[]' AS more_evidence, m.source AS article_source,"
          + " m.url AS article_url, m.title AS article_title, m.day AS article_published";

  /**
   * Writes events as eventwire-spark's BatchJob does: one Parquet file, the job's columns in its
   * order and types (written here with DuckDB, the events bound as the store binds them).
   */
  private static Path jobOutput(Path file, List<Event> events, List<Meta> metas)
      throws SQLException {
    String eventsTable =
        Migrations.ALL.get(0).statements().stream()
            .filter(s -> s.contains("CREATE TABLE events"))
            .findFirst()
            .orElseThrow();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(eventsTable);
      s.execute(
          "CREATE TABLE meta (article_id VARCHAR, source VARCHAR, url VARCHAR, title VARCHAR,"
              + " day DATE)");
      try (PreparedStatement p = c.prepareStatement(EventRows.INSERT)) {
        for (Event e : events) {
          new EventRows(TestEvents.JSON).bind(p, e, "unused");
          p.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO meta VALUES (?, ?, ?, ?, ?)")) {
        for (Meta m : metas) {
          p.setString(1, m.articleId());
          p.setString(2, m.source());
          p.setString(3, m.url());
          p.setString(4, m.title());
          p.setObject(5, m.day());
          p.executeUpdate();
        }
      }
      s.execute(
          "COPY (SELECT "
              + JOB_COLUMNS
              + " FROM events JOIN meta m USING (article_id)) TO '"
              + file.toAbsolutePath()
              + "' (FORMAT PARQUET)");
    }
    return file;
  }

  /** An evidence sentence long enough (300 letters) for its hash to recognise copies. */
  private static final String LONG_SENTENCE =
      "Russian and North Korean diplomats held a long round of talks in Moscow on Tuesday about"
          + " fishing rights, the shipping lanes that both countries use in winter, the prices of"
          + " grain and fuel that cross their short land border, and a plan for a new road bridge"
          + " that officials on both sides said could open to lorries within the next two years,"
          + " once the engineers of both railways have agreed on a gauge.";

  private static Event launch(String id, String articleId) {
    return TestEvents.event(
        id,
        articleId,
        PloverType.MOBILIZE,
        "154",
        List.of(TestEvents.country("PRK", "North Korea")),
        List.of(),
        "2023-12-14",
        Modality.ASSERTED,
        List.of(),
        "The North fired a missile into the sea on Thursday.");
  }

  private IngestProgress load(Path db, Path... paths) {
    try (EventStore store = EventStore.open(db)) {
      return new EventLoader(store).load(List.of(paths), IngestListener.silent());
    }
  }

  private Path twoOutletsOneMeeting() throws SQLException {
    Path out = dir.resolve("events/2023-12-13");
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("_SUCCESS"), "");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    jobOutput(
        out.resolve("part-00000.parquet"),
        List.of(
            TestEvents.meeting(
                "efe-1-meet", "efe-1", "Envoys of the two met in Moscow on Tuesday."),
            launch("efe-1-launch", "efe-1")),
        List.of(
            new Meta(
                "efe-1", "EFE", "https://efe.example/1", "Talks", LocalDate.of(2023, 12, 13))));
    jobOutput(
        out.resolve("part-00001.parquet"),
        List.of(
            TestEvents.meeting("ap-7-meet", "ap-7", LONG_SENTENCE),
            TestEvents.meeting("yna-3-meet", "yna-3", LONG_SENTENCE),
            TestEvents.meeting(
                "kt-5-meet", "kt-5", "Russian and North Korean diplomats held talks."),
            TestEvents.meeting(
                "rt-2-meet", "rt-2", "Russian and North Korean diplomats held talks.")),
        List.of(
            new Meta(
                "ap-7", "AP", "https://ap.example/7", "Diplomats meet", LocalDate.of(2023, 12, 13)),
            new Meta(
                "yna-3",
                "Yonhap",
                "https://yna.example/3",
                "Talks held",
                LocalDate.of(2023, 12, 14)),
            new Meta("kt-5", "KT", "https://kt.example/5", "Talks", LocalDate.of(2023, 12, 14)),
            new Meta("rt-2", "RT", "https://rt.example/2", "Talks", LocalDate.of(2023, 12, 14))));
    return out;
  }

  @Test
  void jobOutputIsStoredWithItsArticlesClusteredAndReloadingAddsNothing() throws Exception {
    Path out = twoOutletsOneMeeting();
    Path db = dir.resolve("e.duckdb");
    IngestProgress first = load(db, out);
    TableCounts once;
    try (EventStore store = EventStore.open(db)) {
      once = store.counts();
      // the AP and Yonhap rows carry the same long evidence text: one article, two sources;
      // KT and RT share one short sentence only: two articles
      assertThat(first.articlesNew()).isEqualTo(4);
      assertThat(first.duplicates()).isEqualTo(1);
      assertThat(first.sourcesAdded()).isEqualTo(1);
      assertThat(first.errors()).isZero();
      assertThat(once.articles()).isEqualTo(4);
      assertThat(once.articleSources()).isEqualTo(5);
      assertThat(once.events()).isEqualTo(5);
      assertThat(
              store.select(
                  "SELECT cluster_id || ' ' || n_articles || '/' || n_outlets || '/' || n_copies"
                      + " FROM clusters ORDER BY cluster_id",
                  List.of(),
                  r -> r.getString(1)))
          // files in name order: part-00000's EFE report founds the meeting's cluster
          .containsExactly("efe-1-launch 1/1/1", "efe-1-meet 4/5/5");
      assertThat(
              store.select(
                  "SELECT text || '|' || title || '|' || published FROM articles WHERE id = 'efe-1'",
                  List.of(),
                  r -> r.getString(1)))
          // the evidence sentences (both sentence 0 here, so in event id order)
          .containsExactly(
              "The North fired a missile into the sea on Thursday.\n\nEnvoys of the two met in"
                  + " Moscow on Tuesday.|Talks|2023-12-13");
    }
    IngestProgress again = load(db, out);
    assertThat(again.articlesNew()).isZero();
    assertThat(again.sourcesAdded()).isZero();
    assertThat(again.duplicates()).isEqualTo(5);
    try (EventStore store = EventStore.open(db)) {
      TableCounts twice = store.counts();
      assertThat(twice)
          .isEqualTo(
              new TableCounts(
                  once.articles(),
                  once.articleSources(),
                  once.events(),
                  once.actorRefs(),
                  once.clusters(),
                  once.ingestRuns() + 1));
    }
  }

  @Test
  void anArticleIngestedWithItsTextIsNotLoadedAgainButItsEventsClusterWithLoadedOnes()
      throws Exception {
    Path db = dir.resolve("e.duckdb");
    Article efe =
        TestEvents.article("efe-1", TestEvents.RIVER_BODY, "EFE", "https://efe.example/1");
    try (EventStore store = EventStore.open(db)) {
      store.storeArticle(
          efe,
          ArticleHashes.of(efe),
          List.of(
              TestEvents.meeting(
                  "efe-1-meet", "efe-1", "Envoys of the two met in Moscow on Tuesday.")),
          1);
    }
    IngestProgress p = load(db, twoOutletsOneMeeting());
    assertThat(p.articlesNew()).isEqualTo(3); // ap-7 (yna-3 is its copy), kt-5, rt-2
    try (EventStore store = EventStore.open(db)) {
      assertThat(
              store.select(
                  "SELECT text FROM articles WHERE id = 'efe-1'", List.of(), r -> r.getString(1)))
          .containsExactly(TestEvents.RIVER_BODY);
      // efe-1 keeps what the ingest stored (its launch in the job's output is not added);
      // ap-7, kt-5 and rt-2 are new; yna-3 is a copy of ap-7
      assertThat(store.counts().events()).isEqualTo(4);
      assertThat(
              store.select(
                  "SELECT DISTINCT cluster_id FROM events WHERE type = 'CONSULT'",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly("efe-1-meet");
    }
  }

  @Test
  void aFileThatIsNotJobOutputIsOneFailureAndTheOthersAreLoaded() throws Exception {
    Path other = dir.resolve("other.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("COPY (SELECT 1 AS x) TO '" + other.toAbsolutePath() + "' (FORMAT PARQUET)");
    }
    List<String> failures = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void progress(IngestProgress progress) {}

          @Override
          public void failed(String input, String problem) {
            failures.add(input + ": " + problem);
          }
        };
    Path db = dir.resolve("e.duckdb");
    IngestProgress p;
    try (EventStore store = EventStore.open(db)) {
      p =
          new EventLoader(store)
              .load(List.of(other, dir.resolve("missing"), twoOutletsOneMeeting()), listener);
    }
    assertThat(p.articlesNew()).isEqualTo(4);
    assertThat(p.errors()).isEqualTo(2);
    assertThat(failures).hasSize(2);
    assertThat(failures.get(0))
        .startsWith(other + ": not readable as eventwire-spark event output");
    assertThat(failures.get(1)).endsWith("missing: no such file or directory");
  }
}
