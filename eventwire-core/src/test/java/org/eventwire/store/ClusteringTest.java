package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.PublishedDate;
import org.eventwire.query.ClusterReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clusters across articles, with hand-built records stored through the real store. */
class ClusteringTest {
  private static final ActorRef PRK = TestEvents.country("PRK", "North Korea");
  private static final ActorRef RUS = TestEvents.country("RUS", "Russia");
  private static final ActorRef CHN = TestEvents.country("CHN", "China");

  @TempDir Path dir;
  private EventStore store;

  @BeforeEach
  void open() {
    store = EventStore.open(dir.resolve("c.duckdb"));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  private void store(String articleId, String outlet, String published, Event... events) {
    String text = "Text of " + articleId + " as the outlet " + outlet + " wrote it.";
    Article a =
        new Article(
            articleId,
            text,
            new PublishedDate(LocalDate.parse(published), PublishedDate.Source.METADATA),
            "Title " + articleId,
            outlet,
            "https://" + outlet + ".example/" + articleId,
            ArticleLayout.bodyOnly(text));
    store.storeArticle(a, ArticleHashes.of(a.text()), List.of(events), 1);
  }

  private static Event meeting(String article, String date, Modality modality) {
    return TestEvents.event(
        article + "-meet",
        article,
        PloverType.CONSULT,
        "040",
        List.of(PRK),
        List.of(RUS),
        date,
        modality,
        List.of(),
        "The foreign ministers met.");
  }

  /** An event of {@code type} on {@code date}, asserted, with these parties. */
  private static Event of(
      String id, PloverType type, List<ActorRef> actors, List<ActorRef> recipients, String date) {
    return TestEvents.event(
        id,
        id.substring(0, id.indexOf('-')),
        type,
        "040",
        actors,
        recipients,
        date,
        Modality.ASSERTED,
        List.of(),
        "Words of " + id + ".");
  }

  private static Event launch(String article, String date) {
    return TestEvents.event(
        article + "-launch",
        article,
        PloverType.MOBILIZE,
        "150",
        List.of(PRK),
        List.of(),
        date,
        Modality.ASSERTED,
        List.of(),
        "A rocket was launched.");
  }

  private String clusterOf(String eventId) {
    return store
        .select("SELECT cluster_id FROM events WHERE id = ?", List.of(eventId), r -> r.getString(1))
        .get(0);
  }

  private ClusterDetail detail(String clusterId) {
    return new ClusterReport(store).find(clusterId).orElseThrow();
  }

  @Test
  void oneMeetingReportedByThreeOutletsIsOneClusterOfThreeArticlesAndThreeOutlets() {
    store("a", "north", "2024-03-05", meeting("a", "2024-03-04", Modality.ASSERTED));
    store("b", "harbour", "2024-03-04", meeting("b", "2024-03-04", Modality.ASSERTED));
    store("c", "meridian", "2024-03-06", meeting("c", "2024-03-04", Modality.ASSERTED));
    assertThat(List.of(clusterOf("b-meet"), clusterOf("c-meet"))).containsOnly("a-meet");
    ClusterDetail d = detail("a-meet");
    assertThat(d.cluster().nArticles()).isEqualTo(3);
    assertThat(d.cluster().nOutlets()).isEqualTo(3);
    assertThat(d.outlets()).containsExactly("harbour", "meridian", "north");
    assertThat(d.cluster().firstReport()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(d.firstReport().id()).isEqualTo("b");
    assertThat(d.members()).hasSize(3).first().extracting(ClusterMember::founder).isEqualTo(true);
    assertThat(d.members().get(1).reason()).startsWith("same-happening-v1: CONSULT");
    assertThat(d.disagreements()).isEmpty();
  }

  @Test
  void twoMeetingsOfOneVisitOnDifferentDaysAreTwoClusters() {
    store("a", "north", "2024-03-05", meeting("a", "2024-03-04", Modality.ASSERTED));
    store("b", "harbour", "2024-03-06", meeting("b", "2024-03-05", Modality.ASSERTED));
    assertThat(clusterOf("b-meet")).isEqualTo("b-meet");
  }

  @Test
  void aVisitStaysApartFromItsEarlierAnnouncement() {
    store("plan", "north", "2024-02-20", meeting("plan", "2024-03-04", Modality.PLANNED));
    store("visit", "harbour", "2024-03-04", meeting("visit", "2024-03-04", Modality.ASSERTED));
    assertThat(clusterOf("visit-meet")).isEqualTo("visit-meet");
  }

  @Test
  void oneOutletAssertingWhatAnotherAttributesIsOneClusterWithTheModalityDisagreementNoted() {
    store("a", "north", "2024-03-05", meeting("a", "2024-03-04", Modality.ASSERTED));
    store("b", "harbour", "2024-03-05", meeting("b", "2024-03-04", Modality.ATTRIBUTED));
    assertThat(clusterOf("b-meet")).isEqualTo("a-meet");
    assertThat(detail("a-meet").disagreements())
        .containsExactly(
            new Disagreement("a-meet", "b-meet", "modality", "asserted", "attributed"));
  }

  @Test
  void aMonthDateJoinsADayInsideItAndTheDifferenceIsNoted() {
    store("a", "north", "2024-03-05", meeting("a", "2024-03-04", Modality.ASSERTED));
    store("b", "harbour", "2024-03-20", meeting("b", "2024-03", Modality.ASSERTED));
    assertThat(clusterOf("b-meet")).isEqualTo("a-meet");
    assertThat(detail("a-meet").disagreements())
        .extracting(Disagreement::kind, Disagreement::memberValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "2024-03"));
  }

  @Test
  void aFailedLaunchInMayAndALaunchInNovemberStayApart() {
    store("may", "north", "2024-05-28", launch("may", "2024-05-27"));
    store("nov", "harbour", "2024-11-22", launch("nov", "2024-11-21"));
    assertThat(clusterOf("nov-launch")).isEqualTo("nov-launch");
  }

  @Test
  void anUndatedReportJoinsADatedOneFromTheWeekBeforeItsPublicationButTwoUndatedStayApart() {
    store("dated", "north", "2024-05-28", launch("dated", "2024-05-27"));
    store("undated", "harbour", "2024-05-29", launch("undated", null));
    store("late", "meridian", "2024-06-20", launch("late", null));
    assertThat(clusterOf("undated-launch")).isEqualTo("dated-launch");
    assertThat(clusterOf("late-launch")).isEqualTo("late-launch");
  }

  @Test
  void anAccusationAndTheCounterAccusationStayApart() {
    Event one = of("x-acc", PloverType.ACCUSE, List.of(PRK), List.of(RUS), "2024-03-04");
    Event back = of("y-acc", PloverType.ACCUSE, List.of(RUS), List.of(PRK), "2024-03-04");
    store("x", "north", "2024-03-04", one);
    store("y", "harbour", "2024-03-04", back);
    assertThat(clusterOf("y-acc")).isEqualTo("y-acc");
  }

  @Test
  void aMeetingWithAnotherCountryTheSameDayIsAnotherCluster() {
    store("a", "north", "2024-03-05", meeting("a", "2024-03-04", Modality.ASSERTED));
    Event other = of("b-meet", PloverType.CONSULT, List.of(PRK), List.of(CHN), "2024-03-04");
    store("b", "harbour", "2024-03-05", other);
    assertThat(clusterOf("b-meet")).isEqualTo("b-meet");
  }

  @Test
  void aCopyOfAClusteredArticleCountsItsOutletOnceInTheCluster() {
    store("a", "north", "2024-03-05", meeting("a", "2024-03-04", Modality.ASSERTED));
    store("b", "harbour", "2024-03-05", meeting("b", "2024-03-04", Modality.ASSERTED));
    store.addCopy("b", new ArticleCopy("b2", "north", "https://north.example/b2", "x"), 2);
    store.addCopy("b", new ArticleCopy("b3", "coastal", "https://coastal.example/b3", "y"), 2);
    Cluster c = detail("a-meet").cluster();
    assertThat(c.nArticles()).isEqualTo(2);
    assertThat(c.nOutlets()).isEqualTo(3);
    assertThat(c.nCopies()).isEqualTo(4);
  }

  @Test
  void twoEventsOfOneArticleNeverShareACluster() {
    store(
        "a",
        "north",
        "2024-03-05",
        meeting("a", "2024-03-04", Modality.ASSERTED),
        of("a-meet-2", PloverType.CONSULT, List.of(PRK), List.of(RUS), "2024-03-04"));
    assertThat(clusterOf("a-meet-2")).isEqualTo("a-meet-2");
  }

  @Test
  void talksReportedAsAMeetingBAndAsBMeetingAAreOneCluster() {
    store("a", "north", "2024-03-05", meeting("a", "2024-03-04", Modality.ASSERTED));
    Event reversed = of("b-meet", PloverType.CONSULT, List.of(RUS), List.of(PRK), "2024-03-04");
    store("b", "harbour", "2024-03-05", reversed);
    assertThat(clusterOf("b-meet")).isEqualTo("a-meet");
  }

  @Test
  void aTwoPartyReportJoinsTheClusterAOnePartyReportFoundedAsWellAsTheOtherWayRound() {
    store(
        "one",
        "north",
        "2024-03-05",
        of("one-meet", PloverType.CONSULT, List.of(PRK), List.of(), "2024-03-04"));
    store("two", "harbour", "2024-03-05", meeting("two", "2024-03-04", Modality.ASSERTED));
    assertThat(clusterOf("two-meet")).isEqualTo("one-meet");
    store(
        "three",
        "meridian",
        "2024-03-05",
        of("three-meet", PloverType.CONSULT, List.of(PRK), List.of(), "2024-03-04"));
    assertThat(clusterOf("three-meet")).isEqualTo("one-meet");
  }
}
