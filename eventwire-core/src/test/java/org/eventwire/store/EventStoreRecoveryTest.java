package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose writer was killed before its checkpoint (its commits only in the write-ahead log),
 * then opened and closed by a process that writes nothing (a query, a re-run of known inputs): what
 * was replayed must still be found through every index afterwards (CrashResumeIT's failure, made
 * deterministic).
 */
class EventStoreRecoveryTest {
  private static final ActorRef PRK = TestEvents.country("PRK", "North Korea");
  private static final ActorRef RUS = TestEvents.country("RUS", "Russia");

  @TempDir Path dir;

  @Test
  void rowsReplayedFromTheLogStayInTheIndexesWhenTheStoreIsOpenedAndClosedWithoutWriting()
      throws Exception {
    Path db = dir.resolve("s.duckdb");
    Article first = article("a1", "Northern Wire", "The foreign ministers of both countries met");
    killedAfterStoring(db, first, meeting("a1"));
    assertThat(Path.of(db + ".wal")).as("the killed writer's commits wait in the log").exists();

    EventStore.open(db).close(); // replays the log, writes nothing, closes

    try (EventStore store = EventStore.open(db)) {
      for (String[] lookup :
          List.of(
              new String[] {"cluster_keys", "key", "CONSULT|PRK|RUS", "1"},
              new String[] {"cluster_members", "cluster_id", "a1-meet", "1"},
              new String[] {"cluster_members", "article_id", "a1", "1"},
              new String[] {"events", "article_id", "a1", "1"},
              new String[] {"events", "cluster_id", "a1-meet", "1"},
              new String[] {"events", "type", "CONSULT", "1"},
              new String[] {"actor_refs", "event_id", "a1-meet", "2"},
              new String[] {"article_sources", "article_id", "a1", "1"},
              new String[] {"cluster_outlets", "cluster_id", "a1-meet", "1"})) {
        assertThat(count(store, lookup[0], lookup[1], lookup[2]))
            .as("%s rows with %s = %s, through its index", lookup[0], lookup[1], lookup[2])
            .isEqualTo(Long.parseLong(lookup[3]));
      }
      ArticleHashes h = ArticleHashes.of(first);
      assertThat(store.storedCopyOf(new ArticleHashes("other", "other", h.bodySha256())))
          .as("a copy under another headline, recognised by its body")
          .contains("a1");
      assertThat(
              store.storedCopyOf(new ArticleHashes("other", "other", "other", h.bodySignature())))
          .as("an edited copy, recognised by its body's signature through the band index")
          .contains("a1");

      Article second = article("a2", "Eastern Dispatch", "Talks were held between both sides");
      store.storeArticle(second, ArticleHashes.of(second), List.of(meeting("a2")), 2);
      assertThat(
              store.select(
                  "SELECT cluster_id FROM events WHERE id = ?",
                  List.of("a2-meet"),
                  r -> r.getString(1)))
          .as("a later report of the same meeting joins the replayed founder's cluster")
          .containsExactly("a1-meet");
      assertThat(
              store.select(
                  "SELECT n_articles, n_outlets, n_copies FROM clusters WHERE cluster_id = ?",
                  List.of("a1-meet"),
                  r -> List.of(r.getInt(1), r.getInt(2), r.getInt(3))))
          .containsExactly(List.of(2, 2, 2));
    }
  }

  /** Stores {@code a} the way the ingest does and "dies": the connection closes uncheckpointed. */
  private static void killedAfterStoring(Path db, Article a, Event e) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA disable_checkpoint_on_shutdown");
      }
      Migrations.migrate(c);
      c.setAutoCommit(false);
      EventRows rows = new EventRows(TestEvents.JSON);
      new ArticleWriter(c, rows, new Clusterer(c, rows, new ClusterRule()))
          .write(a, ArticleHashes.of(a), List.of(e), 1);
      c.commit();
    }
  }

  private static long count(EventStore store, String table, String column, String value) {
    return store
        .select(
            "SELECT count(*) FROM " + table + " WHERE " + column + " = ?",
            List.of(value),
            r -> r.getLong(1))
        .get(0);
  }

  private static Article article(String id, String outlet, String lead) {
    StringBuilder text = new StringBuilder(lead).append(" in Moscow on Tuesday.");
    for (int i = 0; i < 8; i++) {
      text.append(" Background sentence number ").append(i).append(" about the two governments.");
    }
    String t = text.toString();
    return new Article(
        id,
        t,
        new PublishedDate(LocalDate.parse("2025-04-09"), PublishedDate.Source.METADATA),
        "Title " + id,
        outlet,
        "https://example.org/" + id,
        ArticleLayout.bodyOnly(t));
  }

  private static Event meeting(String article) {
    return TestEvents.event(
        article + "-meet",
        article,
        PloverType.CONSULT,
        "040",
        List.of(PRK),
        List.of(RUS),
        "2025-04-09",
        Modality.ASSERTED,
        List.of(),
        "The foreign ministers met.");
  }
}
