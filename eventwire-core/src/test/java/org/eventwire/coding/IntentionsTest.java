package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.model.ActorRef;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class IntentionsTest {
  private static final ActorRef CHILE = new ActorRef("Chile", "Chile", "CHL", null, null, "CHL");
  private static final ActorRef PERU = new ActorRef("Peru", "Peru", "PER", null, null, "PER");
  private static final ActorRef BOLIVIA =
      new ActorRef("Bolivia", "Bolivia", "BOL", null, null, "BOL");
  private static final ActorRef UNKNOWN = new ActorRef("the envoy", null, null, null, null, null);

  private final Intentions intentions =
      new Intentions(PloverTypes.loadDefault(), ActSubcodes.loadDefault());

  @Test
  void aPlannedVisitAnnouncedByTheVisitorBecomesOnePromiseWithThePlansDateAndModality() {
    Event visit =
        planned(PloverType.CONSULT, "042", List.of(CHILE), List.of(PERU), List.of(CHILE), false);

    Intentions.Statement said = intentions.statement(visit, ClaimCues.Kind.PLAN).orElseThrow();

    assertThat(said.replacesAct()).isTrue();
    Event promise = said.event();
    assertThat(promise.type()).isEqualTo(PloverType.AGREE);
    assertThat(promise.cameo()).isEqualTo("036");
    assertThat(promise.modality()).isEqualTo(Modality.PLANNED);
    assertThat(promise.date()).isEqualTo("2031-05");
    assertThat(promise.actors()).containsExactly(CHILE);
    assertThat(promise.recipients()).containsExactly(PERU);
    assertThat(promise.id()).isNotEqualTo(visit.id());
  }

  @Test
  void aPlannedAttackAnnouncedByTheAttackerBecomesAThreatInItsPlace() {
    Event attack =
        planned(PloverType.ASSAULT, "190", List.of(CHILE), List.of(PERU), List.of(), false);

    Intentions.Statement said = intentions.statement(attack, ClaimCues.Kind.PLAN).orElseThrow();

    assertThat(said.replacesAct()).isTrue();
    assertThat(said.event().type()).isEqualTo(PloverType.THREATEN);
    assertThat(said.event().cameo()).startsWith("13");
  }

  @Test
  void aNegatedPlannedCooperativeActBecomesARefusalThatIsNotItselfNegated() {
    Event aid = planned(PloverType.AID, "072", List.of(CHILE), List.of(PERU), List.of(), true);

    Event refusal = intentions.statement(aid, ClaimCues.Kind.PLAN).orElseThrow().event();

    assertThat(refusal.type()).isEqualTo(PloverType.REJECT);
    assertThat(refusal.cameo()).startsWith("12");
    assertThat(refusal.negated()).isFalse();
  }

  @Test
  void anAnnouncedWithdrawalStaysCodedAsItselfWithThePromiseBesideIt() {
    Event withdrawal =
        planned(PloverType.RETREAT, "0874", List.of(CHILE), List.of(PERU), List.of(), false);

    Intentions.Statement said = intentions.statement(withdrawal, ClaimCues.Kind.PLAN).orElseThrow();

    assertThat(said.replacesAct()).isFalse();
    assertThat(said.event().type()).isEqualTo(PloverType.AGREE);
  }

  @Test
  void aThirdPartysForecastOrAnUnresolvedActorMakesNoStatement() {
    Event forecast =
        planned(PloverType.ASSAULT, "190", List.of(CHILE), List.of(PERU), List.of(BOLIVIA), false);
    Event nobody =
        planned(PloverType.CONSULT, "042", List.of(UNKNOWN), List.of(PERU), List.of(), false);

    assertThat(intentions.statement(forecast, ClaimCues.Kind.PLAN)).isEmpty();
    assertThat(intentions.statement(nobody, ClaimCues.Kind.PLAN)).isEmpty();
  }

  @Test
  void aTimetableOrAnOutsideViewOfPreparationsMakesNoStatement() {
    Event visit =
        planned(PloverType.CONSULT, "042", List.of(CHILE), List.of(PERU), List.of(), false);

    assertThat(intentions.statement(visit, ClaimCues.Kind.SCHEDULE)).isEmpty();
    assertThat(intentions.statement(visit, ClaimCues.Kind.BELIEF)).isEmpty();
    assertThat(intentions.statement(visit, null)).isPresent();
  }

  @Test
  void anActThatIsNotPlannedMakesNoStatement() {
    Event visit =
        planned(PloverType.CONSULT, "042", List.of(CHILE), List.of(PERU), List.of(), false);
    Event done =
        new Event(
            visit.id(),
            visit.articleId(),
            visit.type(),
            visit.mode(),
            visit.contexts(),
            visit.cameo(),
            visit.intensity(),
            visit.quadClass(),
            visit.actors(),
            visit.recipients(),
            visit.date(),
            visit.datePrecision(),
            visit.dateText(),
            visit.historical(),
            visit.location(),
            Modality.ASSERTED,
            visit.claimants(),
            false,
            List.of(),
            visit.evidence(),
            List.of(),
            null);

    assertThat(intentions.statement(done, ClaimCues.Kind.PLAN)).isEmpty();
  }

  private static Event planned(
      PloverType type,
      String cameo,
      List<ActorRef> actors,
      List<ActorRef> recipients,
      List<ActorRef> claimants,
      boolean negated) {
    return new Event(
        "e1",
        "a1",
        type,
        null,
        List.of(),
        cameo,
        1.0,
        1,
        actors,
        recipients,
        "2031-05",
        DatePrecision.MONTH,
        "next month",
        false,
        null,
        Modality.PLANNED,
        claimants,
        negated,
        List.of(),
        new Evidence("An invented sentence.", 0, 0, 21, "visit"),
        List.of(),
        null);
  }

  @Test
  void aVowedAttackFoldsIntoOneThreatWithTheAttacksTarget() {
    Event vow = asserted(PloverType.AGREE, "030", List.of());
    Event attack =
        planned(PloverType.ASSAULT, "190", List.of(CHILE), List.of(PERU), List.of(), false);

    Event folded = intentions.fold(vow, attack, true).orElseThrow();

    assertThat(folded.type()).isEqualTo(PloverType.THREATEN);
    assertThat(folded.cameo()).startsWith("13");
    assertThat(folded.recipients()).containsExactly(PERU);
  }

  @Test
  void forcePromisedRatherThanVowedOrAnotherPartysActIsNotFolded() {
    Event pledge = asserted(PloverType.AGREE, "030", List.of());
    Event attack =
        planned(PloverType.ASSAULT, "190", List.of(CHILE), List.of(PERU), List.of(), false);
    Event othersAid =
        planned(PloverType.AID, "072", List.of(BOLIVIA), List.of(PERU), List.of(), false);

    assertThat(intentions.fold(pledge, attack, false)).isEmpty();
    assertThat(intentions.fold(pledge, othersAid, false)).isEmpty();
  }

  @Test
  void aPromisedAidGivesThePromiseItsRecipient() {
    Event promise = asserted(PloverType.AGREE, "0333", List.of());
    Event aid = planned(PloverType.AID, "073", List.of(CHILE), List.of(PERU), List.of(), false);

    Event folded = intentions.fold(promise, aid, false).orElseThrow();

    assertThat(folded.type()).isEqualTo(PloverType.AGREE);
    assertThat(folded.cameo()).isEqualTo("0333");
    assertThat(folded.recipients()).containsExactly(PERU);
  }

  private static Event asserted(PloverType type, String cameo, List<ActorRef> recipients) {
    Event e = planned(type, cameo, List.of(CHILE), recipients, List.of(), false);
    return TestEvents.asserted("s1", type, cameo, e.actors(), recipients, e.evidence());
  }
}
