package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;
import org.eventwire.pipeline.EventPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  /** Records what the ingest reported. */
  private static final class Recorder implements IngestListener {
    final List<String> failures = new ArrayList<>();
    final List<IngestProgress> progress = new ArrayList<>();

    @Override
    public void progress(IngestProgress p) {
      progress.add(p);
    }

    @Override
    public void failed(String input, String problem) {
      failures.add(input + ": " + problem);
    }
  }

  private IngestProgress ingest(Path db, EventPipeline pipeline, int threads, Path... inputs) {
    try (EventStore store = EventStore.open(db)) {
      return new Ingestor(store, pipeline, IngestConfig.withThreads(threads))
          .run(List.of(inputs), reader, new Recorder());
    }
  }

  /** The two-event pipeline, counting the articles it codes. */
  private static EventPipeline counting(AtomicInteger coded) {
    return a -> {
      coded.incrementAndGet();
      return TestEvents.twoEvents(a);
    };
  }

  private Path corpus(int n) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new String[] {"j" + i, TestEvents.text(i), "Outlet" + (i % 3), "https://x/" + i});
    }
    TestEvents.jsonl(in, "feed.jsonl", rows);
    Files.writeString(in.resolve("wire-1.txt"), TestEvents.text(1000), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("wire-2.txt"), TestEvents.text(1001), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("notes.pdf"), "not an article", StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void ingestingTheSameFilesTwiceLeavesExactlyTheSameRowCounts() throws Exception {
    Path in = corpus(30);
    Path db = dir.resolve("e.duckdb");
    IngestProgress first = ingest(db, TestEvents.twoEventPipeline(), 3, in);
    TableCounts once;
    try (EventStore store = EventStore.open(db)) {
      once = store.counts();
    }
    IngestProgress second = ingest(db, TestEvents.twoEventPipeline(), 3, in);
    TableCounts twice;
    try (EventStore store = EventStore.open(db)) {
      twice = store.counts();
    }
    assertThat(first.articlesNew()).isEqualTo(32);
    assertThat(first.errors()).isEqualTo(1); // notes.pdf
    // the stand-in codes every article as the same talks (one cluster) and an undated launch
    // (undated records are never joined: 32 clusters)
    assertThat(once).isEqualTo(new TableCounts(32, 32, 64, 96, 33, 1));
    assertThat(second.articlesNew()).isZero();
    assertThat(second.duplicates()).isEqualTo(32);
    assertThat(second.sourcesAdded()).isZero();
    // every table but the log of runs is unchanged
    assertThat(twice).isEqualTo(new TableCounts(32, 32, 64, 96, 33, 2));
  }

  @Test
  void aSyndicatedCopyIsStoredOnceWithBothSources() throws Exception {
    String text = TestEvents.text(7);
    Path in =
        TestEvents.jsonl(
            dir,
            "feed.jsonl",
            List.of(
                new String[] {"efe-1", text, "EFE", "https://efe.example/1"},
                new String[] {"yonhap-9", text, "Yonhap", "https://yna.example/9"}));
    Path db = dir.resolve("e.duckdb");
    IngestProgress p = ingest(db, TestEvents.twoEventPipeline(), 1, in);
    assertThat(p.articlesNew()).isEqualTo(1);
    assertThat(p.duplicates()).isEqualTo(1);
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts().articles()).isEqualTo(1);
      assertThat(store.counts().events()).isEqualTo(2);
      assertThat(
              store.select(
                  "SELECT article_id || ' ' || input_id || ' ' || source || ' ' || url"
                      + " FROM article_sources ORDER BY input_id",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly(
              "efe-1 efe-1 EFE https://efe.example/1",
              "efe-1 yonhap-9 Yonhap https://yna.example/9");
      assertThat(
              store.select(
                  "SELECT n_articles || '/' || n_outlets || '/' || n_copies FROM clusters",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly("1/2/2", "1/2/2");
    }
  }

  @Test
  void aNearDuplicateDifferingOnlyInWhitespacePunctuationAndCaseIsStoredOnce() throws Exception {
    String text = TestEvents.text(8);
    String retyped =
        text.toUpperCase(java.util.Locale.ROOT)
            .replace(", ", " ,  ")
            .replace("'", "\u2019")
            .replace(" the ", "\n the ");
    Path in =
        TestEvents.jsonl(
            dir,
            "feed.jsonl",
            List.of(
                new String[] {"a", text, "AP", "https://ap.example/a"},
                new String[] {"b", retyped, "AFP", "https://afp.example/b"}));
    Path db = dir.resolve("e.duckdb");
    AtomicInteger coded = new AtomicInteger();
    EventPipeline counting = counting(coded);
    ingest(db, counting, 2, in);
    ingest(db, counting, 2, in);
    assertThat(coded).hasValue(1);
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts().articles()).isEqualTo(1);
      assertThat(store.counts().articleSources()).isEqualTo(2);
      assertThat(
              store.select(
                  "SELECT count(DISTINCT text_sha256) FROM article_sources",
                  List.of(),
                  r -> r.getLong(1)))
          .containsExactly(2L);
    }
  }

  @Test
  void badArticlesAreReportedWithTheirInputAndTheBatchGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"id\": \"ok-1\", \"text\": \""
            + TestEvents.text(1)
            + "\"}\n{not json\n{\"id\": \"boom\", \"text\": \""
            + TestEvents.text(2)
            + "\"}\n{\"id\": \"ok-2\", \"text\": \""
            + TestEvents.text(3)
            + "\"}\n",
        StandardCharsets.UTF_8);
    EventPipeline failsOnBoom =
        a -> {
          if (a.id().equals("boom")) {
            throw new IllegalStateException("coder bug");
          }
          return TestEvents.twoEvents(a);
        };
    Recorder rec = new Recorder();
    Path db = dir.resolve("e.duckdb");
    IngestProgress p;
    try (EventStore store = EventStore.open(db)) {
      p =
          new Ingestor(store, failsOnBoom, IngestConfig.withThreads(2))
              .run(List.of(in), reader, rec);
      assertThat(store.counts().articles()).isEqualTo(2);
    }
    assertThat(p.errors()).isEqualTo(2);
    assertThat(p.articlesNew()).isEqualTo(2);
    assertThat(rec.failures).hasSize(2);
    assertThat(rec.failures.get(0)).contains("feed.jsonl:2");
    assertThat(rec.failures.get(1)).startsWith("boom: could not be coded").contains("coder bug");
    assertThat(rec.progress).isNotEmpty();
    IngestProgress last = rec.progress.get(rec.progress.size() - 1);
    assertThat(List.of(last.read(), last.articlesNew(), last.errors())).containsExactly(3L, 2L, 2L);
  }

  @Test
  void aDifferentTextUnderAnIdAlreadyStoredIsReportedNotMixedIn() throws Exception {
    Path db = dir.resolve("e.duckdb");
    Path first =
        TestEvents.jsonl(
            dir, "one.jsonl", List.<String[]>of(new String[] {"x", TestEvents.text(1)}));
    Path second =
        TestEvents.jsonl(
            dir, "two.jsonl", List.<String[]>of(new String[] {"x", TestEvents.text(2)}));
    ingest(db, TestEvents.twoEventPipeline(), 1, first);
    Recorder rec = new Recorder();
    try (EventStore store = EventStore.open(db)) {
      new Ingestor(store, TestEvents.twoEventPipeline(), IngestConfig.withThreads(1))
          .run(List.of(second), reader, rec);
      assertThat(store.counts().articles()).isEqualTo(1);
    }
    assertThat(rec.failures).singleElement().asString().contains("x: an article with this id");
  }

  @Test
  void manyWorkerThreadsStoreEveryArticleOnceEvenWithCopiesInFlight() throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // every text twice, from two outlets, next to each other so both are in flight together
      rows.add(new String[] {"p" + i, TestEvents.text(i), "Outlet A", "https://a/" + i});
      rows.add(new String[] {"q" + i, TestEvents.text(i), "Outlet B", "https://b/" + i});
    }
    Path in = TestEvents.jsonl(dir, "feed.jsonl", rows);
    AtomicInteger coded = new AtomicInteger();
    EventPipeline counting = counting(coded);
    Path db = dir.resolve("e.duckdb");
    IngestProgress p = ingest(db, counting, 4, in);
    assertThat(coded).hasValue(200);
    assertThat(p.articlesNew()).isEqualTo(200);
    assertThat(p.duplicates()).isEqualTo(200);
    assertThat(p.sourcesAdded()).isEqualTo(200);
    assertThat(p.events()).isEqualTo(400);
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts()).isEqualTo(new TableCounts(200, 400, 400, 600, 201, 1));
      assertThat(
              store.select(
                  "SELECT articles_read, articles_new, duplicates, errors, finished IS NOT NULL"
                      + " FROM ingest_runs",
                  List.of(),
                  r ->
                      r.getLong(1)
                          + " "
                          + r.getLong(2)
                          + " "
                          + r.getLong(3)
                          + " "
                          + r.getLong(4)
                          + " "
                          + r.getBoolean(5)))
          .containsExactly("400 200 200 0 true");
    }
  }

  @Test
  void wireCopySyndicatedUnderAnotherHeadlineAndSignOffIsOneArticleWithTwoSources()
      throws Exception {
    Path in = resources("syndicated", "harbour-0412.txt", "coastal-0412.txt");
    AtomicInteger coded = new AtomicInteger();
    EventPipeline counting = counting(coded);
    Path db = dir.resolve("e.duckdb");
    IngestProgress p = ingest(db, counting, 1, in);
    ingest(db, counting, 1, in);
    assertThat(coded).hasValue(1);
    assertThat(p.duplicates()).isEqualTo(1);
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts().articles()).isEqualTo(1);
      assertThat(
              store.select(
                  "SELECT input_id FROM article_sources ORDER BY input_id",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly("coastal-0412", "harbour-0412");
    }
  }

  /** Copies test resources of {@code /store/FOLDER} into a directory of their own. */
  private Path resources(String folder, String... names) throws IOException {
    Path in = Files.createDirectories(dir.resolve(folder));
    for (String name : names) {
      try (var s = getClass().getResourceAsStream("/store/" + folder + "/" + name)) {
        Files.copy(s, in.resolve(name));
      }
    }
    return in;
  }

  @Test
  void anEditedCopyWithOneChangedWordAndAnotherHeadlineIsOneArticleWithTwoSources()
      throws Exception {
    Path in = resources("edited", "pier-0412.txt", "quay-0412.txt");
    AtomicInteger coded = new AtomicInteger();
    Path db = dir.resolve("e.duckdb");
    IngestProgress first = ingest(db, counting(coded), 2, in);
    TableCounts once;
    try (EventStore store = EventStore.open(db)) {
      once = store.counts();
    }
    IngestProgress again = ingest(db, counting(coded), 2, in);
    assertThat(coded).hasValue(1);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(again.articlesNew()).isZero();
    assertThat(again.sourcesAdded()).isZero();
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts().articles()).isEqualTo(1);
      TableCounts twice = store.counts();
      assertThat(twice.articleSources()).isEqualTo(once.articleSources()).isEqualTo(2);
      assertThat(twice.events()).isEqualTo(once.events());
      assertThat(twice.clusters()).isEqualTo(once.clusters());
      assertThat(
              store.select(
                  "SELECT input_id FROM article_sources ORDER BY input_id",
                  List.of(),
                  r -> r.getString(1)))
          .containsExactly("pier-0412", "quay-0412");
      assertThat(
              store.select(
                  "SELECT count(*) FROM article_signature_bands", List.of(), r -> r.getLong(1)))
          .containsExactly((long) BodySignature.BANDS);
    }
  }

  @Test
  void twoDifferentArticlesAboutTheSameMeetingAreTwoArticles() throws Exception {
    Path in = resources("edited", "pier-0412.txt", "tideline-0412.txt");
    AtomicInteger coded = new AtomicInteger();
    Path db = dir.resolve("e.duckdb");
    IngestProgress p = ingest(db, counting(coded), 1, in);
    assertThat(coded).hasValue(2);
    assertThat(p.duplicates()).isZero();
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.counts().articles()).isEqualTo(2);
    }
  }

  @Test
  void aBodyShorterThanTheMinimumIsNotFingerprinted() {
    Article a = TestEvents.article("s", "Talks held.", "X", null);
    assertThat(ArticleHashes.of(a).bodySha256()).isNull();
  }
}
