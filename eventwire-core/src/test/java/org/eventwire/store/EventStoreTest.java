package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path dir;

  @Test
  void aNewStoreIsCreatedAtTheLatestSchemaVersionWithEveryTable() throws Exception {
    Path db = dir.resolve("sub/events.duckdb");
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isEqualTo(3);
      assertThat(store.counts()).isEqualTo(new TableCounts(0, 0, 0, 0, 0, 0));
    }
    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables ORDER BY table_name")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    assertThat(tables)
        .containsExactly(
            "actor_refs",
            "article_bodies",
            "article_signature_bands",
            "article_signatures",
            "article_sources",
            "articles",
            "cluster_disagreements",
            "cluster_keys",
            "cluster_members",
            "cluster_outlets",
            "clusters",
            "events",
            "ingest_runs",
            "schema_version");
  }

  @Test
  void reopeningAStoreKeepsItsDataAndAppliesNoMigrationTwice() throws Exception {
    Path db = dir.resolve("events.duckdb");
    Article a = TestEvents.article("a1", TestEvents.text(1), "EFE", "https://efe.example/1");
    try (EventStore store = EventStore.open(db)) {
      store.storeArticle(a, ArticleHashes.of(a.text()), TestEvents.twoEvents(a), 1);
    }
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(3);
      assertThat(store.counts().events()).isEqualTo(2);
    }
    assertThat(TestEvents.count(db, "schema_version")).isEqualTo(3);
  }

  @Test
  void anArticleIsStoredWithItsSourceEventsActorReferencesAndOneClusterPerEvent() {
    Article a = TestEvents.article("a1", TestEvents.text(1), "EFE", "https://efe.example/1");
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      store.storeArticle(a, ArticleHashes.of(a.text()), TestEvents.twoEvents(a), 1);
      // CONSULT: 1 actor + 1 recipient; MOBILIZE: 1 actor
      assertThat(store.counts()).isEqualTo(new TableCounts(1, 1, 2, 3, 2, 0));
      assertThat(
              store.select(
                  "SELECT cluster_id FROM events ORDER BY id", List.of(), r -> r.getString(1)))
          .containsExactly("a1-consult", "a1-mobilize");
    }
  }

  @Test
  void aFailureMidArticleLeavesNoPartialRows() {
    Article a = TestEvents.article("a1", TestEvents.text(1), "EFE", "https://efe.example/1");
    Event good = TestEvents.twoEvents(a).get(0);
    // the second event breaks a NOT NULL constraint after the article, its source, the first
    // event and its actor references have been inserted in the same transaction
    Event bad =
        TestEvents.event(
            "a1-bad",
            "a1",
            null,
            "042",
            List.of(TestEvents.country("RUS", "Russia")),
            List.of(),
            null,
            Modality.ASSERTED,
            List.of(),
            "A sentence.");
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      assertThatThrownBy(
              () -> store.storeArticle(a, ArticleHashes.of(a.text()), List.of(good, bad), 1))
          .isInstanceOf(StoreException.class);
      assertThat(store.counts()).isEqualTo(new TableCounts(0, 0, 0, 0, 0, 0));
      // and the store still works afterwards
      store.storeArticle(a, ArticleHashes.of(a.text()), List.of(good), 1);
      assertThat(store.counts().articles()).isEqualTo(1);
    }
  }

  @Test
  void storedEventsReadBackEqualToTheCodedRecords() {
    Article a = TestEvents.article("a1", TestEvents.text(1), "EFE", "https://efe.example/1");
    List<Event> coded = new ArrayList<>(TestEvents.twoEvents(a));
    coded.add(
        TestEvents.event(
            "a1-sanction",
            "a1",
            PloverType.SANCTION,
            "163",
            List.of(TestEvents.igo("UNSC", "IGOUNO")),
            List.of(TestEvents.country("PRK", "North Korea")),
            "2023-12",
            Modality.PLANNED,
            List.of(
                new org.eventwire.model.SanctionFlag(
                    "UNSC-1718", "overseas-workers", "UNSCR 2397 (2017) OP 8")),
            "The council will tighten sanctions."));
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      store.storeArticle(a, ArticleHashes.of(a.text()), coded, 1);
      List<Event> back =
          store.select(EventRows.SELECT + " ORDER BY e.id", List.of(), store.rows()::read).stream()
              .map(StoredEvent::event)
              .toList();
      assertThat(back).containsExactlyInAnyOrderElementsOf(coded);
    }
  }

  @Test
  void normalisationFoldsCaseWhitespaceAndPunctuationOnly() {
    assertThat(ArticleHashes.normalize("Seoul, Dec 13 (EFE).-  North  Korea\n“fired”"))
        .isEqualTo("seouldec13efenorthkoreafired");
    assertThat(ArticleHashes.of("A b.").normalizedSha256())
        .isEqualTo(ArticleHashes.of("a  B").normalizedSha256());
    assertThat(ArticleHashes.of("A b.").textSha256())
        .isNotEqualTo(ArticleHashes.of("a  B").textSha256());
    assertThat(ArticleHashes.of("a b c").normalizedSha256())
        .isNotEqualTo(ArticleHashes.of("a b d").normalizedSha256());
  }
}
