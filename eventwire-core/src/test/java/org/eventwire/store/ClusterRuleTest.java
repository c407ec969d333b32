package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class ClusterRuleTest {
  private static final ActorRef PRK = TestEvents.country("PRK", "North Korea");
  private static final ActorRef RUS = TestEvents.country("RUS", "Russia");
  private static final ActorRef CHN = TestEvents.country("CHN", "China");
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);
  private final ClusterRule rule = new ClusterRule();

  private static Report report(
      String id, PloverType type, List<ActorRef> actors, List<ActorRef> recipients, String date) {
    Event e =
        TestEvents.event(
            id, id, type, "040", actors, recipients, date, Modality.ASSERTED, List.of(), "Text.");
    return new Report(e, PUBLISHED);
  }

  private ClusterDecision decide(Report founder, Report incoming) {
    return rule.decide("f", founder, incoming);
  }

  /** A CONSULT report between these parties. */
  private static Report talks(
      String id, List<ActorRef> actors, List<ActorRef> recipients, String date) {
    return report(id, PloverType.CONSULT, actors, recipients, date);
  }

  @Test
  void aReportNamingOnlyOneOfTheFoundersPartiesJoinsIt() {
    ClusterDecision d =
        decide(
            talks("f", List.of(PRK), List.of(RUS), "2024-03-04"),
            talks("e", List.of(PRK), List.of(), "2024-03-04"));
    assertThat(d.join()).isTrue();
  }

  @Test
  void twoPartyReportsSharingOnlyOnePartyStayApartAndTheReasonSaysSo() {
    ClusterDecision d =
        decide(
            talks("f", List.of(PRK), List.of(RUS), "2024-03-04"),
            talks("e", List.of(PRK), List.of(CHN), "2024-03-04"));
    assertThat(d.join()).isFalse();
    assertThat(d.reason()).startsWith("parties:");
  }

  @Test
  void anotherTypeStaysApart() {
    ClusterDecision d =
        decide(
            talks("f", List.of(PRK), List.of(RUS), "2024-03-04"),
            report("e", PloverType.AID, List.of(PRK), List.of(RUS), "2024-03-04"));
    assertThat(d.reason()).isEqualTo("type: CONSULT vs AID");
  }

  @Test
  void theSameDateScoresHigherThanAContainingMonth() {
    Report founder = talks("f", List.of(PRK), List.of(RUS), "2024-03-04");
    int day =
        rule.decide("f", founder, talks("e", List.of(PRK), List.of(RUS), "2024-03-04")).score();
    int month =
        rule.decide("f", founder, talks("e", List.of(PRK), List.of(RUS), "2024-03")).score();
    assertThat(day).isGreaterThan(month);
  }

  @Test
  void theLookupKeysAreTheSortedPairsAndAFounderIsAlsoFiledUnderEachParty() {
    Event e = talks("f", List.of(RUS), List.of(PRK, CHN), "2024-03-04").event();
    assertThat(HappeningKeys.lookup(e))
        .containsExactly(
            "CONSULT|CHN|PRK",
            "CONSULT|CHN|RUS",
            "CONSULT|PRK|RUS",
            "CONSULT|CHN|*",
            "CONSULT|PRK|*",
            "CONSULT|RUS|*");
    assertThat(HappeningKeys.filedUnder(e))
        .contains("CONSULT|CHN", "CONSULT|PRK", "CONSULT|RUS", "CONSULT|PRK|RUS");
  }
}
