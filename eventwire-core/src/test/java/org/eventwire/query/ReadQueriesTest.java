package org.eventwire.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.SanctionFlag;
import org.eventwire.store.ArticleHashes;
import org.eventwire.store.EventStore;
import org.eventwire.store.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadQueriesTest {
  private static final ActorRef PRK = TestEvents.country("PRK", "North Korea");
  private static final ActorRef RUS = TestEvents.country("RUS", "Russia");

  @TempDir Path dir;
  private EventStore store;

  private static Event ev(String id, PloverType t, ActorRef a, ActorRef r, String date) {
    List<SanctionFlag> flags =
        t == PloverType.AID
            ? List.of(new SanctionFlag("UNSC-1718", "arms", "UNSCR 1718 (2006) OP 8"))
            : List.of();
    return TestEvents.event(
        id,
        "art",
        t,
        "040",
        List.of(a),
        r == null ? List.of() : List.of(r),
        date,
        Modality.ASSERTED,
        flags,
        "North Korea's foreign minister visited Moscow.");
  }

  @BeforeEach
  void fill() {
    store = EventStore.open(dir.resolve("q.duckdb"));
    String text = "SEOUL - North Korea's foreign minister visited Moscow. Other news followed.";
    Article a = TestEvents.article("art", text, "EFE", null);
    store.storeArticle(
        a,
        ArticleHashes.of(text),
        List.of(
            ev("e1", PloverType.CONSULT, PRK, RUS, "2023-12-12"),
            ev("e2", PloverType.AID, RUS, PRK, "2023-12-20"),
            ev("e3", PloverType.CONSULT, PRK, RUS, "2024-01-03"),
            ev("e4", PloverType.CONSULT, PRK, RUS, "2024"),
            ev("e5", PloverType.MOBILIZE, PRK, null, "2024-01-05")),
        1);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theDyadTimelineCountsBothDirectionsPerMonthAndLeavesOutCoarserDates() {
    List<DyadTimeline.Point> points =
        new DyadTimeline(store).between("PRK", "rus", DyadTimeline.Interval.MONTH, null, null);
    assertThat(points)
        .extracting(p -> p.period() + " " + p.direction() + " " + p.type() + " " + p.events())
        .containsExactly(
            "2023-12-01 a_to_b CONSULT 1",
            "2023-12-01 b_to_a AID 1",
            "2024-01-01 a_to_b CONSULT 1");
  }

  @Test
  void theDyadTimelineKeepsToTheDatesAsked() {
    List<DyadTimeline.Point> points =
        new DyadTimeline(store)
            .between("RUS", "PRK", DyadTimeline.Interval.DAY, LocalDate.of(2024, 1, 1), null);
    assertThat(points)
        .singleElement()
        .satisfies(p -> assertThat(p.direction()).isEqualTo("b_to_a"));
  }

  @Test
  void theNetworkWeighsEdgesByEventsAndSkipsEventsWithoutRecipient() {
    List<ActorNetwork.Edge> edges = new ActorNetwork(store).edges(null, null, 10);
    assertThat(edges)
        .extracting(e -> e.source() + ">" + e.target() + " " + e.events())
        .containsExactly("PRK>RUS 3", "RUS>PRK 1");
    assertThat(new ActorNetwork(store).edges(null, null, 1)).hasSize(1);
  }

  @Test
  void theArticleViewMarksTheEvidenceSentenceOfEveryEvent() {
    ArticleSpans.View v = new ArticleSpans(store).view("art").orElseThrow();
    assertThat(v.events()).hasSize(5);
    assertThat(v.spans())
        .filteredOn(s -> s.kind() == TextSpans.Kind.EVIDENCE)
        .hasSize(5)
        .allSatisfy(s -> assertThat(s.start()).isEqualTo(8));
    assertThat(new ArticleSpans(store).view("nope")).isEmpty();
  }

  @Test
  void lookupsFindEventsByIdAndByArticle() {
    assertThat(new EventLookup(store).byId("e2"))
        .get()
        .extracting(e -> e.event().type())
        .isEqualTo(PloverType.AID);
    assertThat(new EventLookup(store).byId("zz")).isEmpty();
    assertThat(new EventLookup(store).ofArticle("art")).hasSize(5);
  }

  @Test
  void theSanctionsWatchListsOnlyFlaggedEvents() {
    assertThat(new SanctionsWatch(new EventSearch(store)).page(null, null, 10, 0))
        .extracting(e -> e.event().id())
        .containsExactly("e2");
  }

  @Test
  void concurrentReadersSeeWholeCommittedArticlesWhileAWriterWrites() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<Integer>> reads = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = TestEvents.text(100 + i);
      Article a = TestEvents.article("w" + i, text, "EFE", null);
      store.storeArticle(a, ArticleHashes.of(text), TestEvents.twoEvents(a), 2);
      reads.add(pool.submit(() -> new EventSearch(store).find(EventQuery.all()).size()));
    }
    pool.shutdown();
    for (java.util.concurrent.Future<Integer> r : reads) {
      int seen = r.get();
      // each read started after its article was committed, and no read sees half an article
      assertThat(seen).isBetween(5 + 2, 5 + 80);
      assertThat((seen - 5) % 2).isZero();
    }
    assertThat(new EventSearch(store).find(EventQuery.all())).hasSize(5 + 80);
  }
}
