package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.Event;
import org.eventwire.model.PublishedDate;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.pipeline.Pipelines;
import org.eventwire.testing.EventExpectation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coder on sentences we wrote, through the real CoreNLP pipeline: every PLOVER type, passive
 * voice, coordination, reciprocity, negation, nested claims. Published on Friday 2023-03-17.
 */
class CoderIT {
  private static final LocalDate FRIDAY = LocalDate.of(2023, 3, 17);
  private static EventPipeline pipeline;

  /** Loads the pipeline once per test JVM: the coding ITs share it (it keeps no article state). */
  @BeforeAll
  static synchronized void loadPipeline() {
    if (pipeline == null) {
      pipeline = Pipelines.standard(NlpConfig.defaults());
    }
  }

  static List<Event> code(String text) {
    return code(text, ArticleLayout.bodyOnly(text));
  }

  /** Codes wire copy: headline, dateline and body as {@code WireTextParser} lays them out. */
  static List<Event> codeWire(String text) {
    return code(text, new org.eventwire.ingest.WireTextParser().parse(text));
  }

  static List<Event> code(String text, ArticleLayout layout) {
    Article a =
        new Article(
            "t",
            text,
            new PublishedDate(FRIDAY, PublishedDate.Source.METADATA),
            null,
            null,
            null,
            layout);
    return pipeline.code(a);
  }

  @ParameterizedTest(name = "{1} from: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo"
            + " on Thursday.|CONSULT JPN↔KOR on 2023-03-16",
        "Ukrainian positions near Bakhmut were shelled by Russian forces overnight.|ASSAULT RUS→UKR",
        "France and Germany condemned Iran for the execution of protesters.|ACCUSE FRA,DEU→IRN",
        "Egypt and Qatar signed a trade agreement in Cairo on Monday.|SUPPORT EGY↔QAT on 2023-03-13",
        "Armenia and Azerbaijan agreed to resume peace talks next month.|AGREE ARM↔AZE",
        "The United Nations urged Myanmar to release political prisoners.|REQUEST IGOUNO→MMR",
        "North Korea threatened to strike American bases in Guam.|THREATEN PRK→USA",
        "The European Union imposed new sanctions on Belarus on Wednesday.|SANCTION →BLR",
        "North Korea launched a ballistic missile into the sea on Tuesday.|MOBILIZE PRK on 2023-03-14",
        "Germany delivered air defence systems to Ukraine last month.|AID DEU→UKR",
        "Russian troops withdrew from the southern city of Kherson.|RETREAT RUS",
        "Iranian authorities arrested a French aid worker in Tehran.|COERCE IRN→FRA",
        "Venezuela rejected a proposal from Guyana to settle the border dispute.|REJECT VEN",
        "Israel released dozens of Palestinian prisoners on Sunday.|RETREAT ISR→PSE",
        "Brazil praised China for its efforts to end the war.|SUPPORT BRA→CHN",
        "Poland accused Belarus of pushing migrants across the border.|ACCUSE POL→BLR asserted",
        "India and Japan will cooperate on semiconductor supply chains.|AGREE IND↔JPN planned",
        "Thousands of Serbian protesters demonstrated against the government in Belgrade.|PROTEST SRB",
        "The Sudanese government eased restrictions on foreign aid convoys on Sunday.|CONCEDE SDN",
        "Iran dropped its demand for compensation from Britain.|CONCEDE IRN",
        "Japan and India held talks in Tokyo last week.|CONSULT JPN↔IND on 2023-03",
        "Iran will host Iraqi officials next month.|AGREE IRN→IRQ on 2023-04 planned",
        "Turkey expelled two Swedish diplomats earlier this year.|SANCTION TUR→SWE on 2023",
        "Egypt and Sudan signed a water deal in 2019.|SUPPORT EGY↔SDN on 2019",
        "Chile arrested a Peruvian smuggler at the end of February.|COERCE CHL→PER on 2023-02",
        "Moldova received two air defence systems from Germany on Monday.|AID DEU→MDA",
        "Kenya obtained a large loan from China last year.|AID CHN→KEN",
        "Prosecutors in The Hague presented evidence against Serbia.|ACCUSE →SRB",
        "Lithuania said it would not send aid to Belarus.|REJECT LTU→BLR",
        "Estonia sent troops to Latvia for the exercise.|MOBILIZE EST→LVA",
        "Egypt faces pressure from Washington over the border crossing.|REQUEST USA→EGY",
        "Hungary received strong criticism from Germany over the new media law.|ACCUSE DEU→HUN",
        "Armenia won support from France for its border plan.|SUPPORT FRA→ARM",
        "Kyiv said Russia had bombed a hospital in Kharkiv.|ACCUSE UKR→RUS asserted",
        "Kyiv said Russia had bombed a hospital in Kharkiv.|ASSAULT RUS alleged",
        "Iran prepared for a new round of talks with Oman.|CONSULT →OMN planned",
        "Ethiopian officials said Eritrea had shelled itself.|ASSAULT ERI→ERI alleged",
        "Washington wants Seoul to pay more for the troops.|REQUEST USA→KOR",
        "Russian forces shelled villages in eastern Ukraine.|ASSAULT RUS→UKR",
        "Lithuania will not give permission to Belarus to reopen the crossing.|REJECT LTU→BLR",
        "Austrian diplomat Lukas Wagner met Hungarian officials in Vienna.|CONSULT AUT→HUN",
      })
  void aSentenceGivesTheEventAnAnalystExpects(String sentence, String expected) {
    List<Event> events = code(sentence);
    EventExpectation want = EventExpectation.parse(expected);
    assertThat(events.stream().anyMatch(want::matches))
        .as("%s%nin: %s%ngot:%n%s", expected, sentence, EventExpectation.describe(events))
        .isTrue();
  }

  @Test
  void theActionInsideAnAccusationIsAllegedAndClaimedByTheAccuser() {
    List<Event> events = code("Seoul accuses Pyongyang of shipping artillery shells to Moscow.");
    EventExpectation accusation = EventExpectation.parse("ACCUSE KOR→PRK asserted");
    EventExpectation aid = EventExpectation.parse("AID PRK→RUS alleged");
    assertThat(events).anyMatch(accusation::matches).anyMatch(aid::matches);
    Event alleged = events.stream().filter(aid::matches).findFirst().orElseThrow();
    assertThat(alleged.claimants()).extracting(r -> r.country()).contains("KOR");
  }

  @Test
  void anActThatOnePartyUrgesAnotherToTakeIsARequestAndNotAnAct() {
    List<Event> events = code("Canada urged Haiti to free the detained aid workers.");
    assertThat(events).anyMatch(EventExpectation.parse("REQUEST CAN→HTI")::matches);
    assertThat(events).noneMatch(e -> e.type().name().equals("RETREAT"));
    Event request =
        events.stream().filter(e -> e.type().name().equals("REQUEST")).findFirst().get();
    assertThat(request.cameo()).as("an appeal is CAMEO 02, a demand 10").startsWith("02");
  }

  @Test
  void beingSoughtInAKillingPlansNoKilling() {
    List<Event> events =
        code("Two men sought in the killing of a Dutch journalist were arrested in Spain.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .noneMatch(e -> e.type().name().equals("ASSAULT") && e.modality().name().equals("PLANNED"));
  }

  @Test
  void aPermissionWithheldCodesNoneOfThePermittedAct() {
    List<Event> events =
        code("Lithuania will not give permission to Belarus to reopen the border crossing.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .allMatch(e -> e.actors().stream().noneMatch(a -> "BLR".equals(a.country())));
  }

  @Test
  void aTimetableIsPlannedButPromisesNothing() {
    List<Event> events = code("The Chinese premier is expected to visit Berlin next week.");
    assertThat(events).anyMatch(EventExpectation.parse("CONSULT CHN→DEU planned")::matches);
    assertThat(events).noneMatch(e -> e.type().name().equals("AGREE"));
  }

  @Test
  void aPledgeToUseForceAgreesWithNoOneItTargets() {
    List<Event> events = code("Qatar has pledged to expel the exiled leaders of the Brotherhood.");
    assertThat(events)
        .filteredOn(e -> e.type().name().equals("AGREE"))
        .allMatch(e -> e.recipients().isEmpty());
  }

  @Test
  void aMeetingWithoutAPlaceHappensInTheDatelineCityWhenItsCountryTakesPart() {
    assertAMeetingPlaced(
        "Envoys meet in Georgia\n\nTBILISI, March 17 (Reuters) - A senior U.S. envoy met"
            + " Georgia's prime minister on Friday to discuss the new media law.\n",
        l -> "Tbilisi".equals(l.name()));
  }

  private static void assertAMeetingPlaced(
      String text, java.util.function.Predicate<org.eventwire.model.Location> where) {
    List<Event> events = codeWire(text);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.type().name().equals("CONSULT")
                    && e.location() != null
                    && where.test(e.location()));
  }

  @Test
  void theCountryADatelineNamesAfterItsCityPicksTheCity() {
    assertAMeetingPlaced(
        "Talks in northern Lebanon\n\nTRIPOLI, Lebanon (AFP) - Lebanon's prime minister met"
            + " a visiting Cypriot minister on Monday to discuss fishing rights.\n",
        l -> "LBN".equals(l.country()));
  }

  @Test
  void callingSomethingANameIsNotARequest() {
    List<Event> events = code("Pakistan called the border closure an unfriendly act.");
    assertThat(events).noneMatch(e -> e.type().name().equals("REQUEST"));
  }

  @Test
  void aNegatedMeetingIsFlagged() {
    List<Event> events = code("Chinese officials did not meet the Taiwanese delegation.");
    assertThat(events).filteredOn(e -> e.type().name().equals("CONSULT")).allMatch(Event::negated);
  }

  @Test
  void aPhysicalEventReportedByASourceThatIsNoPartyIsAttributedToIt() {
    List<Event> events = code("Russian forces shelled Kharkiv on Thursday, local activists said.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("ASSAULT RUS attributed")::matches);
  }

  @Test
  void aPartysWordAboutItsAdversarysAttackIsAnAllegationNotAFact() {
    List<Event> events =
        code("Russian forces shelled Kharkiv on Thursday, Ukrainian officials said.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("ASSAULT RUS alleged")::matches)
        .anyMatch(EventExpectation.parse("ACCUSE UKR→RUS asserted")::matches);
  }

  @Test
  void aPartysWordAboutItsOwnActIsAttributed() {
    List<Event> events = code("Indonesia said its navy seized two Vietnamese fishing boats.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("COERCE IDN→VNM attributed")::matches);
  }

  @Test
  void aHedgedAssessmentIsBelieved() {
    List<Event> events = code("Analysts believe that Iran supplied attack drones to Russia.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("AID IRN→RUS believed")::matches);
  }

  @Test
  void timesAndAmountsAreNeverParties() {
    List<Event> events = code("The Sudanese government eased restrictions on convoys on Sunday.");
    assertThat(events)
        .allMatch(e -> e.recipients().stream().noneMatch(r -> r.text().contains("Sunday")));
  }

  @Test
  void eventsWithoutADateInTheTextAreNotDatedToPublication() {
    List<Event> events =
        code("Chile expelled two Bolivian diplomats after a row over water rights.");
    assertThat(events).isNotEmpty().allMatch(e -> e.date() == null);
  }

  @Test
  void everyEventCarriesTheRowsAndRulesThatMadeIt() {
    List<Event> events = code("Seoul accuses Pyongyang of shipping artillery shells to Moscow.");
    assertThat(events).isNotEmpty();
    for (Event e : events) {
      assertThat(e.explain()).isNotNull();
      assertThat(e.explain().predicate()).startsWith("predicates.tsv:");
      assertThat(e.explain().actors()).allMatch(a -> a.contains("->") && a.contains("("));
    }
    Event accuse = events.stream().filter(e -> e.type().name().equals("ACCUSE")).findFirst().get();
    assertThat(accuse.explain().actors()).anyMatch(a -> a.contains("Seoul") && a.contains("KOR"));
  }

  @Test
  void hoursAfterANamedDayDateTheActToThatDay() {
    List<Event> events =
        code(
            "Pakistan test-fired a cruise missile on Tuesday. Hours after the launch, India"
                + " summoned Pakistan's envoy.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.type().name().equals("ACCUSE") && "2023-03-14".equals(e.date()));
  }

  @Test
  void aPhoneCallInWhichACaseWasRaisedTwoDaysBeforeADatedActIsDatedSo() {
    List<Event> events =
        code(
            "Mali freed the reporter on Saturday, two days after Senegal's president raised the"
                + " case with Mali's leader in a phone call.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.type().name().equals("CONSULT") && "2023-03-09".equals(e.date()));
  }

  @Test
  void aDayAfterADatedAccusationIsTheDayBefore() {
    List<Event> events =
        code(
            "Caracas accused the United States on Tuesday of trying to steal its oil, a day after"
                + " Washington imposed sanctions on the state oil company.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.type().name().equals("SANCTION") && "2023-03-13".equals(e.date()));
  }

  @Test
  void aStatementsNextSentencesSpokenByHimAreOfItsDay() {
    List<Event> events =
        code(
            "A spokesman for Cuba's foreign ministry rejected the report on Monday. He accused"
                + " Washington of lying about the island.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("ACCUSE CUB→USA on 2023-03-13")::matches);
  }

  @Test
  void aPartyNamedAgainIsNotAssumedToSpeakOnTheSameDay() {
    List<Event> events =
        code(
            "Cuba's foreign ministry rejected the report on Monday. Cuba accused Washington of"
                + " lying about the island.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.type().name().equals("ACCUSE") && e.date() == null);
  }

  @Test
  void aResolutionCriticizingAStateIsDatedByItsAdoption() {
    List<Event> events =
        code("The IAEA board on Wednesday adopted a resolution criticizing Iran for its silence.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("ACCUSE IGO:IAEA→IRN on 2023-03-15")::matches);
  }

  @Test
  void talksAtWhichADatedDealWasSignedShareItsDay() {
    List<Event> events =
        code("Sudan and Chad signed a border accord on Monday at talks mediated by Egypt.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.type().name().equals("CONSULT") && "2023-03-13".equals(e.date()));
  }

  @Test
  void aPhotoCaptionGivesTheDayOfTheEventItShows() {
    String text =
        "Chinese Premier Li Qiang and Brazilian President Lula walk at the Tianjin port, Tianjin,"
            + " China, 14 April 2023. AP Photo/Jane Roe\n\n"
            + "Trade talks end in Tianjin\n\n"
            + "BEIJING, April 18 (AP) — Brazil and China held talks in Tianjin in April to"
            + " expand trade, officials said.\n";
    Article a =
        new Article(
            "caption",
            text,
            new PublishedDate(LocalDate.of(2023, 4, 18), PublishedDate.Source.METADATA),
            null,
            null,
            null,
            new org.eventwire.ingest.WireTextParser().parse(text));
    assertThat(a.layout().caption()).isNotNull();
    List<Event> events = pipeline.code(a);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.type().name().equals("CONSULT") && "2023-04-14".equals(e.date()));
  }
}
