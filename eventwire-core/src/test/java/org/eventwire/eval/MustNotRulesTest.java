package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.eval.TestEvents.coded;
import static org.eventwire.eval.TestEvents.country;
import static org.eventwire.eval.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.TextSpan;
import org.junit.jupiter.api.Test;

class MustNotRulesTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 12, 13);
  private final MustNotRules rules = new MustNotRules();

  private static Article published(String text) {
    return TestEvents.article(text, WEDNESDAY, ArticleLayout.bodyOnly(text));
  }

  private static Event onPublicationDay(String sentence) {
    return event(PloverType.CONSULT)
        .date("2023-12-13", DatePrecision.DAY)
        .evidence(sentence, 0)
        .build();
  }

  @Test
  void anEventDatedThePublicationDayWithoutSayingSoIsAViolation() {
    String s = "The two sides discussed trade.";
    assertThat(rules.publishedDate(published(s), onPublicationDay(s)))
        .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(MustNotRules.PUBLISHED_DATE));
  }

  @Test
  void theWeekdayTodayOrTheDateItselfJustifyThePublicationDay() {
    for (String s :
        List.of(
            "Officials warned on Wednesday.",
            "Officials warned today.",
            "Officials warned on Dec. 13.",
            "Officials warned on 13 December.",
            "Officials warned (2023-12-13).")) {
      assertThat(rules.publishedDate(published(s), onPublicationDay(s))).as(s).isEmpty();
    }
  }

  @Test
  void anotherDaysNameDoesNotJustifyThePublicationDay() {
    String s = "Officials warned on Tuesday, Dec 12 and Dec 130.";
    assertThat(rules.publishedDate(published(s), onPublicationDay(s))).isPresent();
  }

  /** The rule's verdict on "Hours after the launch, ..." dated the publication day. */
  private Optional<SeedReport.Violation> hoursAfterTheLaunch(String lead) {
    String s = "Hours after the launch, the envoys spoke.";
    Event e =
        event(PloverType.CONSULT)
            .date("2023-12-13", DatePrecision.DAY)
            .dateText("Hours after")
            .evidence(s, lead.length())
            .build();
    return rules.publishedDate(published(lead + s), e);
  }

  @Test
  void wordsCountingFromADayTheBodyNamedEarlierJustifyThePublicationDay() {
    assertThat(hoursAfterTheLaunch("The rocket was launched on Wednesday. ")).isEmpty();
  }

  @Test
  void theDayOfAStatementAnEventContinuesJustifiesThePublicationDay() {
    String lead = "The ministry rejected the report on Wednesday. ";
    String s = "It accused Seoul of lying.";
    Event e =
        event(PloverType.ACCUSE)
            .date("2023-12-13", DatePrecision.DAY)
            .dateText("Wednesday")
            .evidence(s, lead.length())
            .build();
    assertThat(rules.publishedDate(published(lead + s), e)).isEmpty();
  }

  @Test
  void wordsCountingFromADayNoSentenceNamedDoNotJustifyThePublicationDay() {
    assertThat(hoursAfterTheLaunch("The rocket was launched. ")).isPresent();
  }

  @Test
  void eventsOnOtherDaysAreNotConcerned() {
    String s = "They met.";
    Event e =
        event(PloverType.CONSULT).date("2023-12-12", DatePrecision.DAY).evidence(s, 0).build();
    assertThat(rules.publishedDate(published(s), e)).isEmpty();
  }

  @Test
  void aNonFactualGoldEventCodedAsFactIsAViolation() {
    GoldEvent alleged =
        new GoldEvent(
            6,
            true,
            PloverType.AID,
            List.of(),
            List.of("PRK"),
            List.of("RUS"),
            true,
            null,
            null,
            null,
            null,
            Modality.ALLEGED,
            "accusers",
            true,
            null);
    Event asFact = event(PloverType.AID).modality(Modality.ASSERTED).build();
    Event asClaim = event(PloverType.AID).modality(Modality.ALLEGED).build();
    assertThat(rules.factualClaim(alleged, asFact))
        .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(MustNotRules.FACTUAL_CLAIM));
    assertThat(rules.factualClaim(alleged, asClaim)).isEmpty();
  }

  @Test
  void anAssertedThreatThatAnnouncesAPlannedSanctionClaimsNoSanction() {
    GoldEvent planned =
        new GoldEvent(
            1,
            true,
            PloverType.SANCTION,
            List.of(PloverType.THREATEN),
            List.of("GBR"),
            List.of("IRN"),
            true,
            null,
            null,
            null,
            null,
            Modality.PLANNED,
            null,
            false,
            null);
    Event threat = event(PloverType.THREATEN).modality(Modality.ASSERTED).build();
    Event sanctionAsFact = event(PloverType.SANCTION).modality(Modality.ASSERTED).build();
    assertThat(rules.factualClaim(planned, threat)).isEmpty();
    assertThat(rules.factualClaim(planned, sanctionAsFact)).isPresent();
  }

  @Test
  void aFactualGoldEventCodedAsFactIsFine() {
    GoldEvent asserted = TestEvents.gold(PloverType.AID, List.of("PRK"), List.of(), true);
    assertThat(rules.factualClaim(asserted, event(PloverType.AID).build())).isEmpty();
  }

  private static final String WIRE = "Photo. AGENCY/JOHN DOE/POOL\n\nRussia met Korea.\n\nab/cd";
  private static final TextSpan CREDIT = new TextSpan(7, 27);
  private static final TextSpan SIGNOFF = new TextSpan(48, 53);

  private static Article wire() {
    return TestEvents.article(
        WIRE,
        WEDNESDAY,
        new ArticleLayout(null, CREDIT, null, null, new TextSpan(29, 46), SIGNOFF));
  }

  @Test
  void evidenceInsideTheCreditLineIsAViolation() {
    Event e = event(PloverType.CONSULT).evidence("AGENCY/JOHN DOE/POOL", 7).build();
    assertThat(rules.creditOrSignoff(wire(), e))
        .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(MustNotRules.CREDIT_OR_SIGNOFF));
  }

  @Test
  void anActorWhoseWordsOnlyStandInTheSignoffIsAViolation() {
    Event e =
        event(PloverType.CONSULT)
            .actors(coded("ab", "ABW"))
            .evidence("Russia met Korea.", 29)
            .build();
    assertThat(rules.creditOrSignoff(wire(), e)).isPresent();
  }

  @Test
  void anEventFromTheBodyIsNotAViolation() {
    Event e =
        event(PloverType.CONSULT)
            .actors(coded("Russia", "RUS"))
            .recipients(country("KOR"))
            .evidence("Russia met Korea.", 29)
            .build();
    assertThat(rules.creditOrSignoff(wire(), e)).isEmpty();
  }

  @Test
  void withoutCreditOrSignoffSpansTheRuleFindsNothing() {
    Event e = event(PloverType.CONSULT).evidence("AGENCY/JOHN DOE/POOL", 7).build();
    assertThat(rules.creditOrSignoff(published(WIRE), e)).isEmpty();
  }

  @Test
  void checkGathersAllRules() {
    String s = "The two sides discussed trade.";
    GoldEvent believed =
        new GoldEvent(
            3,
            true,
            PloverType.CONSULT,
            List.of(),
            List.of(),
            List.of(),
            false,
            null,
            null,
            null,
            null,
            Modality.BELIEVED,
            null,
            false,
            null);
    Event e = onPublicationDay(s);
    assertThat(rules.check(published(s), List.of(believed), List.of(e), Map.of(0, 0)))
        .extracting(SeedReport.Violation::rule)
        .containsExactlyInAnyOrder(MustNotRules.PUBLISHED_DATE, MustNotRules.FACTUAL_CLAIM);
  }
}
