package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
  @TempDir Path dir;

  /** A store at schema 1 holding one article with one meeting, written as schema 1 did. */
  private Path versionOneStore() throws SQLException {
    Path db = dir.resolve("v1.duckdb");
    Event meeting = TestEvents.meeting("old-meet", "old", "The ministers met.");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL,"
              + " applied TIMESTAMP NOT NULL)");
      for (String sql : Migrations.ALL.get(0).statements()) {
        s.execute(sql);
      }
      s.execute("INSERT INTO schema_version VALUES (1, 'v1', now())");
      s.execute(
          "INSERT INTO articles VALUES ('old', 'EFE', 'https://efe.example/old', 'T', DATE"
              + " '2023-12-13', 'METADATA', 'text', 'a', 'b', now(), 1)");
      s.execute(
          "INSERT INTO article_sources VALUES ('old', 'old', 'EFE', 'https://efe.example/old',"
              + " 'a', now(), 1)");
      try (PreparedStatement p = c.prepareStatement(EventRows.INSERT)) {
        new EventRows(TestEvents.JSON).bind(p, meeting, meeting.id());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement(EventRows.INSERT_ACTOR)) {
        EventRows.bindActor(p, "old-meet", "actor", 0, meeting.actors().get(0));
        p.executeUpdate();
        EventRows.bindActor(p, "old-meet", "recipient", 0, meeting.recipients().get(0));
        p.executeUpdate();
      }
      s.execute("INSERT INTO clusters VALUES ('old-meet', DATE '2023-12-13', 1, 1, 1)");
    }
    return db;
  }

  @Test
  void migrationTwoMakesOldEventsFoundersThatNewReportsOfTheSameHappeningJoin() throws Exception {
    Path db = versionOneStore();
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(3);
      assertThat(
              store.select(
                  "SELECT key FROM cluster_keys ORDER BY key", List.of(), r -> r.getString(1)))
          .containsExactly("CONSULT|PRK", "CONSULT|PRK|RUS", "CONSULT|RUS");
      assertThat(
              store.select(
                  "SELECT cluster_id || ' ' || founder FROM cluster_members",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly("old-meet true");
      Article later = TestEvents.article("new", TestEvents.text(3), "AP", "https://ap.example/n");
      Event report =
          TestEvents.event(
              "new-meet",
              "new",
              PloverType.CONSULT,
              "040",
              List.of(TestEvents.country("RUS", "Russia")),
              List.of(TestEvents.country("PRK", "North Korea")),
              "2023-12-12",
              Modality.ATTRIBUTED,
              List.of(),
              "Talks were held, state media said.");
      store.storeArticle(later, ArticleHashes.of(later), List.of(report), 2);
      assertThat(
              store.select(
                  "SELECT cluster_id FROM events WHERE id = 'new-meet'",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly("old-meet");
      assertThat(
              store.select(
                  "SELECT n_articles || '/' || n_outlets || '/' || n_copies || ' '"
                      + " || first_report FROM clusters",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly("2/2/2 " + LocalDate.of(2023, 12, 13));
    }
  }

  @Test
  void migrationThreeSignsTheBodiesOfOldArticlesSoThatTheirEditedCopiesAreRecognised()
      throws Exception {
    Path db = dir.resolve("v2.duckdb");
    String unsignedText = TestEvents.RIVER_BODY.replace("river", "lake");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      schemaTwo(s);
      // as schema 2 stored them: one with a body fingerprint, one (from schema 1) without
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO articles VALUES (?, 'EFE', NULL, 'T', DATE '2023-12-13', 'METADATA',"
                  + " ?, ?, ?, now(), 1)")) {
        for (String[] row :
            List.of(
                new String[] {"old", TestEvents.RIVER_BODY},
                new String[] {"older", unsignedText})) {
          ArticleHashes h = ArticleHashes.of(TestEvents.article(row[0], row[1], "EFE", null));
          p.setString(1, row[0]);
          p.setString(2, row[1]);
          p.setString(3, h.textSha256());
          p.setString(4, h.normalizedSha256());
          p.executeUpdate();
          if (row[0].equals("old")) {
            s.execute("INSERT INTO article_bodies VALUES ('old', '" + h.bodySha256() + "')");
          }
        }
      }
    }
    Article edited =
        TestEvents.article("edited", TestEvents.RIVER_BODY.replace("third", "fourth"), "AP", null);
    Article editedUnsigned =
        TestEvents.article("e2", unsignedText.replace("third", "fourth"), "AP", null);
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(3);
      assertThat(store.storedCopyOf(ArticleHashes.of(edited))).contains("old");
      // an article of schema 1 has no body fingerprint and is not signed either
      assertThat(store.storedCopyOf(ArticleHashes.of(editedUnsigned))).isEmpty();
      assertThat(
              store.select(
                  "SELECT article_id, count(*) FROM article_signature_bands GROUP BY article_id",
                  List.of(),
                  r -> r.getString(1) + " " + r.getLong(2)))
          .containsExactly("old " + BodySignature.BANDS);
    }
  }

  @Test
  void theBackfillSignsEveryPageOfOldArticles() throws Exception {
    Path db = dir.resolve("many.duckdb");
    int n = 2 * SignatureBackfill.PAGE + 37;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      schemaTwo(s);
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO articles SELECT 'a' || i, NULL, NULL, NULL, NULL, NULL,"
                  + " ? || ' Report number ' || i || '.', 'x' || i, 'y' || i, now(), 1"
                  + " FROM range(?) r(i)")) {
        p.setString(1, TestEvents.RIVER_BODY);
        p.setInt(2, n);
        p.executeUpdate();
      }
      s.execute("INSERT INTO article_bodies SELECT id, 'z' || id FROM articles");
    }
    try (EventStore store = EventStore.open(db)) {
      assertThat(
              store.select("SELECT count(*) FROM article_signatures", List.of(), r -> r.getLong(1)))
          .containsExactly((long) n);
    }
  }

  /** The tables of schema 2, empty, as the migrations of that time made them. */
  private static void schemaTwo(Statement s) throws SQLException {
    s.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL,"
            + " applied TIMESTAMP NOT NULL)");
    for (Migrations.Migration m : Migrations.ALL.subList(0, 2)) {
      for (String sql : m.statements()) {
        s.execute(sql);
      }
      s.execute("INSERT INTO schema_version VALUES (" + m.version() + ", 'v', now())");
    }
  }
}
