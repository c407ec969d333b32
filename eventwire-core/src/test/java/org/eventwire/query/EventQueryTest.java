package org.eventwire.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.SanctionFlag;
import org.eventwire.store.ArticleCopy;
import org.eventwire.store.ArticleHashes;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoredEvent;
import org.eventwire.store.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventQueryTest {
  @TempDir Path dir;
  private EventStore store;
  private EventSearch search;

  @BeforeEach
  void fill() {
    store = EventStore.open(dir.resolve("q.duckdb"));
    search = new EventSearch(store);
    Article a = TestEvents.article("a", TestEvents.text(1), "EFE", "https://efe.example/a");
    Article b = TestEvents.article("b", TestEvents.text(2), "KCNA", "https://kcna.example/b");
    store.storeArticle(
        a,
        ArticleHashes.of(a.text()),
        List.of(
            ev(
                "e1",
                "a",
                PloverType.CONSULT,
                "042",
                "PRK",
                "RUS",
                "2023-12-12",
                Modality.ASSERTED,
                false,
                "Choe Son Hui met Sergei Lavrov in Moscow."),
            ev(
                "e2",
                "a",
                PloverType.MOBILIZE,
                "152",
                "PRK",
                null,
                "2023-11",
                Modality.ATTRIBUTED,
                false,
                "Pyongyang launched a satellite, state media reported."),
            ev(
                "e3",
                "a",
                PloverType.SANCTION,
                "163",
                "USA",
                "PRK",
                null,
                Modality.PLANNED,
                true,
                "Washington will impose new sanctions.")),
        1);
    store.storeArticle(
        b,
        ArticleHashes.of(b.text()),
        List.of(
            ev(
                "e4",
                "b",
                PloverType.ACCUSE,
                "112",
                "KOR",
                "PRK",
                "2023",
                Modality.ASSERTED,
                false,
                "Seoul accused the North of sending arms."),
            ev(
                "e5",
                "b",
                PloverType.AID,
                "070",
                "PRK",
                "RUS",
                "2023-10-01",
                Modality.ALLEGED,
                true,
                "The North sent artillery rounds to Russia.")),
        1);
    store.addCopy("b", new ArticleCopy("b2", "Yonhap", "https://yna.example/b2", "x"), 2);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Event ev(
      String id,
      String article,
      PloverType type,
      String cameo,
      String actor,
      String recipient,
      String date,
      Modality modality,
      boolean sanctioned,
      String sentence) {
    return TestEvents.event(
        id,
        article,
        type,
        cameo,
        List.of(TestEvents.country(actor, actor + " name")),
        recipient == null ? List.of() : List.of(TestEvents.country(recipient, recipient + " name")),
        date,
        modality,
        sanctioned ? List.of(new SanctionFlag("UNSC-1718", "arms", "UNSCR 1718")) : List.of(),
        sentence);
  }

  private List<String> ids(EventQuery q) {
    return search.find(q).stream().map(s -> s.event().id()).toList();
  }

  @Test
  void noFilterReturnsEveryEventById() {
    assertThat(ids(EventQuery.all())).containsExactly("e1", "e2", "e3", "e4", "e5");
  }

  @Test
  void theActorFilterMatchesCodePrefixCountryAndNameInAnyCase() {
    assertThat(ids(EventQuery.all().withActor("PRK"))).containsExactly("e1", "e2", "e5");
    assertThat(ids(EventQuery.all().withActor("prkgov"))).containsExactly("e1", "e2", "e5");
    assertThat(ids(EventQuery.all().withActor("kor name"))).containsExactly("e4");
    assertThat(ids(EventQuery.all().withActor("CHN"))).isEmpty();
  }

  @Test
  void theRecipientFilterLooksOnlyAtRecipients() {
    assertThat(ids(EventQuery.all().withRecipient("PRK"))).containsExactly("e3", "e4");
    assertThat(ids(EventQuery.all().withActor("PRK").withRecipient("RUS")))
        .containsExactly("e1", "e5");
  }

  @Test
  void theTypeFilterMatchesThePloverType() {
    assertThat(ids(EventQuery.all().withType(PloverType.AID))).containsExactly("e5");
  }

  @Test
  void theDateRangeKeepsEventsWhoseDaysOverlapItAndLeavesOutUndatedOnes() {
    LocalDate nov1 = LocalDate.of(2023, 11, 1);
    LocalDate dec31 = LocalDate.of(2023, 12, 31);
    // e2 (2023-11) and e4 (2023) overlap; e1 is in range; e3 has no date; e5 is before
    assertThat(ids(EventQuery.all().withDates(nov1, dec31))).containsExactly("e1", "e2", "e4");
    assertThat(ids(EventQuery.all().withDates(LocalDate.of(2023, 12, 13), null)))
        .containsExactly("e4");
    assertThat(ids(EventQuery.all().withDates(null, LocalDate.of(2023, 10, 1))))
        .containsExactly("e4", "e5");
  }

  @Test
  void theModalityFilterMatchesTheModality() {
    assertThat(ids(EventQuery.all().withModality(Modality.ALLEGED))).containsExactly("e5");
  }

  @Test
  void sanctionsOnlyKeepsEventsThatTouchASanctionsMeasure() {
    assertThat(ids(EventQuery.all().withSanctionsOnly(true))).containsExactly("e3", "e5");
  }

  @Test
  void theClusterFilterMatchesTheClusterIdWithItsCounts() {
    List<StoredEvent> found = search.find(EventQuery.all().withCluster("e4"));
    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.event().id()).isEqualTo("e4");
              assertThat(s.cluster().nArticles()).isEqualTo(1);
              assertThat(s.cluster().nOutlets()).isEqualTo(2);
              assertThat(s.cluster().nCopies()).isEqualTo(2);
              assertThat(s.article().source()).isEqualTo("KCNA");
            });
  }

  @Test
  void theTextFilterSearchesTheEvidenceSentenceInAnyCase() {
    assertThat(ids(EventQuery.all().withText("ARTILLERY"))).containsExactly("e5");
    // a value with SQL in it is only ever a bound value
    assertThat(ids(EventQuery.all().withText("x' OR '1'='1"))).isEmpty();
  }

  @Test
  void limitOffsetAndSortPageThroughTheResult() {
    assertThat(ids(EventQuery.all().withPage(2, 1))).containsExactly("e2", "e3");
    assertThat(ids(EventQuery.all().withSort(EventQuery.Sort.DATE)))
        .containsExactly("e4", "e5", "e2", "e1", "e3");
    assertThat(ids(EventQuery.all().withSort(EventQuery.Sort.DATE_DESC).withPage(1, 0)))
        .containsExactly("e1");
  }

  @Test
  void everyUserValueIsABindParameter() {
    QuerySql sql =
        QuerySql.of(
            EventQuery.all()
                .withActor("PRK'--")
                .withText("drop table events")
                .withCluster("c'1")
                .withPage(5, 3));
    assertThat(sql.sql()).doesNotContain("PRK").doesNotContain("drop").doesNotContain("c'1");
    assertThat(sql.params()).contains("PRK'--", "drop table events", "c'1", 5, 3);
  }
}
