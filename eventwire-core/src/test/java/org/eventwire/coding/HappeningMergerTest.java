package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class HappeningMergerTest {
  private final HappeningMerger merger = new HappeningMerger();

  private static ActorRef country(String iso3) {
    return new ActorRef(iso3, iso3, iso3, null, null, iso3);
  }

  private static Event event(
      String id, PloverType type, String actor, String recipient, String date, Modality m, int s) {
    return event(id, type, actor, recipient, date, m, s, "040");
  }

  private static Event event(
      String id,
      PloverType type,
      String actor,
      String recipient,
      String date,
      Modality m,
      int s,
      String cameo) {
    DatePrecision p =
        date == null ? null : date.length() == 10 ? DatePrecision.DAY : DatePrecision.MONTH;
    return new Event(
        id,
        "a",
        type,
        null,
        List.of(),
        cameo,
        1,
        1,
        List.of(country(actor)),
        recipient == null ? List.of() : List.of(country(recipient)),
        date,
        p,
        null,
        false,
        null,
        m,
        List.of(),
        false,
        List.of(),
        new Evidence("sentence " + s, s, s * 10, s * 10 + 9, "met"),
        List.of(),
        null);
  }

  @Test
  void aLeadSummaryAndTheSentenceThatDetailsItBecomeOneRecordWithBothSpans() {
    Event lead = event("1", PloverType.CONSULT, "PRK", "RUS", "2023-12", Modality.ASSERTED, 0);
    Event detail =
        event("2", PloverType.CONSULT, "PRK", "RUS", "2023-12-12", Modality.ATTRIBUTED, 1);
    List<Event> out = merger.merge(List.of(lead, detail));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date()).isEqualTo("2023-12-12");
    assertThat(out.get(0).moreEvidence()).extracting(Evidence::sentenceIndex).containsExactly(0);
  }

  @Test
  void twoMeetingsOnDifferentDaysOfOneVisitStayApart() {
    Event mon = event("1", PloverType.CONSULT, "PRK", "RUS", "2023-12-11", Modality.ASSERTED, 0);
    Event tue = event("2", PloverType.CONSULT, "PRK", "RUS", "2023-12-12", Modality.ASSERTED, 1);
    assertThat(merger.merge(List.of(mon, tue))).hasSize(2);
  }

  @Test
  void twoActsOfDifferentSpecificCodesInOneSentenceStayApart() {
    String day = "2025-04-15";
    Event expel = event("1", PloverType.SANCTION, "FRA", "DZA", day, Modality.ASSERTED, 0, "166");
    Event recall = event("2", PloverType.SANCTION, "FRA", "DZA", day, Modality.ASSERTED, 0, "161");
    assertThat(merger.merge(List.of(expel, recall))).hasSize(2);
    // the same code in two sentences is one happening told twice
    Event again =
        event("3", PloverType.SANCTION, "FRA", "DZA", "2025-04", Modality.ASSERTED, 1, "166");
    assertThat(merger.merge(List.of(expel, again))).hasSize(1);
  }

  @Test
  void anActAndItsReverseStayApart() {
    Event ab = event("1", PloverType.AID, "PRK", "RUS", "2023", Modality.ASSERTED, 0);
    Event ba = event("2", PloverType.AID, "RUS", "PRK", "2023-11", Modality.ASSERTED, 1);
    assertThat(merger.merge(List.of(ab, ba))).hasSize(2);
  }

  @Test
  void claimsStayOneRecordPerClaimAndUndatedRecordsAreNotMerged() {
    Event a = event("1", PloverType.AID, "PRK", "RUS", "2023", Modality.ALLEGED, 0);
    Event b = event("2", PloverType.AID, "PRK", "RUS", "2023", Modality.BELIEVED, 1);
    Event c = event("3", PloverType.SUPPORT, "PRK", "RUS", null, Modality.ASSERTED, 2);
    Event d = event("4", PloverType.SUPPORT, "PRK", "RUS", null, Modality.ASSERTED, 3);
    assertThat(merger.merge(List.of(a, b, c, d))).hasSize(4);
  }
}
