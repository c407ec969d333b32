package org.eventwire.resolve.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.resolve.sanctions.TestEvents.country;
import static org.eventwire.resolve.sanctions.TestEvents.event;
import static org.eventwire.resolve.sanctions.TestEvents.igo;
import static org.eventwire.resolve.sanctions.TestEvents.party;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.SanctionFlag;
import org.junit.jupiter.api.Test;

/** The seed article's situations, and other regimes, as events built by hand. */
class SanctionsScreenTest {

  private static final SanctionsScreen SCREEN =
      new SanctionsScreen(SanctionsKnowledge.loadDefault());

  // Sentences written for these tests (not taken from any article).
  private static final String ARTILLERY =
      "Two governments say Pyongyang has shipped artillery shells and short-range missiles to"
          + " Moscow for its war.";
  private static final String SATELLITE =
      "Officials suspect Russian engineers helped the North put a spy satellite into orbit with"
          + " a launch last month.";
  private static final String WORKERS =
      "An intelligence agency said a new group of laborers from the North was about to be sent"
          + " to Russia.";

  private static List<String> measures(List<SanctionFlag> flags) {
    return flags.stream().map(SanctionFlag::measure).toList();
  }

  @Test
  void northKoreanArtilleryForRussiaTouchesTheArmsEmbargoOnExportsFromTheDprk() {
    Event e =
        event(PloverType.AID)
            .mode("military")
            .contexts("military")
            .actor(country("North Korea", "PRK"))
            .recipient(country("Russia", "RUS"))
            .date("2023")
            .modality(Modality.ALLEGED)
            .evidence(ARTILLERY, "delivering")
            .build();

    List<SanctionFlag> flags = SCREEN.screen(e, ARTILLERY);

    assertThat(flags)
        .contains(new SanctionFlag("UNSC-1718", "arms-from-dprk", "UNSCR 1718 (2006) OP 8(b)"));
    assertThat(flags).allMatch(f -> f.regime().equals("UNSC-1718"));
    assertThat(measures(flags)).doesNotContain("arms-to-dprk", "overseas-workers");
  }

  @Test
  void russianAdviceOnASatelliteLaunchTouchesTheMissileTechnologyMeasureOnly() {
    Event e =
        event(PloverType.AID)
            .mode("military")
            .contexts("military", "technology")
            .actor(country("Moscow", "RUS"))
            .recipient(country("Pyongyang", "PRK"))
            .date("2023-11")
            .modality(Modality.BELIEVED)
            .evidence(SATELLITE, "advised")
            .build();

    List<SanctionFinding> findings = SCREEN.explain(e, SATELLITE);

    assertThat(findings).extracting(f -> f.flag().measure()).containsExactly("missile-technology");
    assertThat(findings.get(0).flag().basis()).startsWith("UNSCR 1718 (2006) OP 8");
    assertThat(findings.get(0).ruleId()).isEqualTo("prk-missile-tech-import");
  }

  @Test
  void sendingNorthKoreanWorkersToRussiaTouchesTheOverseasWorkersBanOf2397() {
    Event e =
        event(PloverType.COOPERATE)
            .contexts("economic", "labor")
            .actor(country("North Korean workers", "PRK"))
            .recipient(country("Russia", "RUS"))
            .date("2023-12")
            .modality(Modality.BELIEVED)
            .evidence(WORKERS, "sending")
            .build();

    List<SanctionFinding> findings = SCREEN.explain(e, WORKERS);

    assertThat(findings)
        .extracting(SanctionFinding::flag)
        .containsExactly(
            new SanctionFlag("UNSC-1718", "overseas-workers", "UNSCR 2397 (2017) OP 8"));
    assertThat(findings.get(0).ruleId()).isEqualTo("prk-workers");
    assertThat(findings.get(0).explanation()).contains("prk-workers", "measures.tsv:");
  }

  @Test
  void workersSentBefore2397AreFlaggedUnderTheEarlierWorkAuthorisationLimits() {
    Event e =
        event(PloverType.COOPERATE)
            .actor(country("North Korea", "PRK"))
            .recipient(country("Russia", "RUS"))
            .date("2017-10")
            .evidence("North Korea sent workers to Russia.", "sent")
            .build();

    assertThat(SCREEN.screen(e, null))
        .containsExactly(
            new SanctionFlag("UNSC-1718", "work-authorisations", "UNSCR 2375 (2017) OP 17"));
  }

  @Test
  void aPlainMeetingIsNotFlaggedEvenWhenItsSentenceMentionsWorkers() {
    String text =
        "analysts think the trip could be about sending more laborers from the North to logging"
            + " camps in eastern Russia";
    Event e =
        event(PloverType.CONSULT)
            .mode("meet")
            .contexts("economic")
            .actor(country("Oleg Kozhemyako", "RUS"))
            .recipient(country("Yun Jong-ho", "PRK"))
            .date("2023-12-12")
            .evidence(text, "met")
            .build();

    assertThat(SCREEN.screen(e, text)).isEmpty();
  }

  @Test
  void signingAProtocolOnTradeScienceAndTechnologyIsNotFlagged() {
    String text =
        "Late last year the two governments put their names to a deal on trade, science and"
            + " technology ties.";
    Event e =
        event(PloverType.SUPPORT)
            .mode("sign")
            .contexts("economic", "technology")
            .actor(country("both countries", "PRK"))
            .actor(country("both countries", "RUS"))
            .recipient(country("both countries", "RUS"))
            .recipient(country("both countries", "PRK"))
            .date("2023-11")
            .evidence(text, "signed")
            .build();

    assertThat(SCREEN.screen(e, text)).isEmpty();
  }

  @Test
  void theAccusationItselfIsNotFlaggedOnlyTheAccusedAction() {
    Event e =
        event(PloverType.ACCUSE)
            .contexts("military")
            .actor(country("Seoul", "KOR"))
            .recipient(country("North Korea", "PRK"))
            .date("2023-12")
            .evidence(ARTILLERY, "accuse")
            .build();

    assertThat(SCREEN.screen(e, ARTILLERY)).isEmpty();
  }

  @Test
  void sanctionsImposedByTheSecurityCouncilOnPyongyangAreFlaggedAsTheRegime() {
    String text = "a trade the UN Security Council outlawed when it put sanctions on Pyongyang";
    Event e =
        event(PloverType.SANCTION)
            .contexts("sanctions")
            .actor(igo("the UN Security Council", "UNSC"))
            .recipient(country("Pyongyang", "PRK"))
            .evidence(text, "sanctions")
            .build();

    List<SanctionFinding> findings = SCREEN.explain(e, text);

    assertThat(findings)
        .extracting(SanctionFinding::flag)
        .containsExactly(new SanctionFlag("UNSC-1718", "regime", "UNSCR 1718 (2006)"));
    assertThat(findings.get(0).ruleId()).isEqualTo("prk-regime");
  }

  @Test
  void sanctionsImposedByAStateAloneAreNotAUnRegimeFlag() {
    Event e =
        event(PloverType.SANCTION)
            .actor(country("Washington", "USA"))
            .recipient(country("Pyongyang", "PRK"))
            .date("2023-12")
            .build();

    assertThat(SCREEN.screen(e, "Washington imposed sanctions on Pyongyang")).isEmpty();
  }

  @Test
  void armsDeliveredBeforeTheRegimeExistedAreNotFlagged() {
    Event e =
        event(PloverType.AID)
            .mode("military")
            .actor(country("North Korea", "PRK"))
            .recipient(country("Syria", "SYR"))
            .date("2005-06")
            .evidence("North Korea delivered missiles to Syria.", "delivered")
            .build();

    assertThat(SCREEN.screen(e, null)).isEmpty();
  }

  @Test
  void arms2020ToALibyanArmedGroupTouchTheLibyaArmsEmbargo() {
    String text = "The United Arab Emirates delivered weapons to the Libyan National Army.";
    Event e =
        event(PloverType.AID)
            .mode("military")
            .actor(country("The United Arab Emirates", "ARE"))
            .recipient(party("the Libyan National Army", "LBY", "REB"))
            .date("2020-05")
            .evidence(text, "delivered")
            .build();

    List<SanctionFinding> findings = SCREEN.explain(e, text);

    assertThat(findings)
        .extracting(SanctionFinding::flag)
        .containsExactly(new SanctionFlag("UNSC-1970", "arms-to-libya", "UNSCR 1970 (2011) OP 9"));
    assertThat(findings.get(0).ruleId()).isEqualTo("lby-arms-import");
  }

  @Test
  void armsToTheHouthisTouchBothTheYemenEmbargoAndTheIranExportBanWhileThatWasInForce() {
    String text = "Iran shipped missiles to the Houthis.";
    Event e =
        event(PloverType.AID)
            .actor(country("Iran", "IRN"))
            .recipient(
                new org.eventwire.model.ActorRef(
                    "the Houthis", "Houthis", "YEM", null, "REB", "YEMREB"))
            .date("2018")
            .evidence(text, "shipped")
            .build();

    assertThat(SCREEN.screen(e, text))
        .extracting(SanctionFlag::regime, SanctionFlag::measure)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("UNSC-2140", "arms-embargo-targeted"),
            org.assertj.core.groups.Tuple.tuple("UNSC-2231", "arms-from-iran"));
  }

  @Test
  void iranianArmsExportsBetweenTheEndOf2231LimitsAndSnapbackAreNotFlaggedForIran() {
    Event e =
        event(PloverType.AID)
            .mode("military")
            .actor(country("Iran", "IRN"))
            .recipient(country("Russia", "RUS"))
            .date("2023-06")
            .evidence("Iran supplied drones to Russia.", "supplied")
            .build();

    assertThat(SCREEN.screen(e, null)).isEmpty();
  }

  @Test
  void aGovernmentOfTheCarIsOutsideTheEmbargoFrom2023ButArmedGroupsAreNot() {
    Event toGovernment =
        event(PloverType.AID)
            .mode("military")
            .actor(country("Russia", "RUS"))
            .recipient(party("the Central African army", "CAF", "MIL"))
            .date("2024-02")
            .build();
    Event toRebels =
        event(PloverType.AID)
            .mode("military")
            .actor(country("Sudan", "SDN"))
            .recipient(party("Central African rebels", "CAF", "REB"))
            .date("2024-02")
            .build();
    Event before =
        event(PloverType.AID)
            .mode("military")
            .actor(country("Russia", "RUS"))
            .recipient(party("the Central African army", "CAF", "MIL"))
            .date("2019-02")
            .build();

    assertThat(SCREEN.screen(toGovernment, null)).isEmpty();
    assertThat(measures(SCREEN.screen(toRebels, null)))
        .containsExactly("arms-embargo-armed-groups");
    assertThat(measures(SCREEN.screen(before, null))).containsExactly("arms-embargo");
  }

  @Test
  void anUndatedEventIsJudgedOnTheReferenceDayOrElseOnlyByMeasuresStillInForce() {
    Event undated =
        event(PloverType.AID)
            .mode("military")
            .actor(country("Somalia's neighbours", "KEN"))
            .recipient(party("Somali forces", "SOM", "MIL"))
            .build();

    assertThat(SCREEN.screen(undated, null)).isEmpty();
    assertThat(measures(SCREEN.screen(undated, null, LocalDate.of(2015, 3, 1))))
        .containsExactly("arms-embargo");
  }

  @Test
  void aDprkMissileLaunchIsFlaggedAsALaunchUsingBallisticMissileTechnology() {
    Event e =
        event(PloverType.MOBILIZE)
            .actor(country("North Korea", "PRK"))
            .date("2023-11-21")
            .evidence("North Korea launched a spy satellite.", "launched")
            .build();

    assertThat(measures(SCREEN.screen(e, null))).containsExactly("launches-and-tests");
  }

  @Test
  void humanitarianAidToTheDprkIsNotFlagged() {
    Event e =
        event(PloverType.AID)
            .mode("humanitarian")
            .actor(igo("the World Food Programme", "WFP"))
            .recipient(country("North Korea", "PRK"))
            .date("2019")
            .evidence("The WFP delivered food aid to North Korea.", "delivered")
            .build();

    assertThat(SCREEN.screen(e, null)).isEmpty();
  }
}
