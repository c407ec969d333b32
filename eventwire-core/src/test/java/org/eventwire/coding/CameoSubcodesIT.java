package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CAMEO codes by the codebook on sentences we wrote, through the real pipeline: second-level codes
 * of appeals, demands, promises, refusals and threats taken from the act they are about, and the
 * codes of talks, exercises, air strikes, firing and condolences; stacked actor codes and
 * references ("the North", a later-named country, "the court") in the records. Published on
 * CoderIT's date.
 */
class CameoSubcodesIT {

  @BeforeAll
  static void loadPipeline() {
    CoderIT.loadPipeline();
  }

  /** Every record as "ACTORS→RECIPIENTS:CODE", actors and recipients joined by commas. */
  private static List<String> triples(String text) {
    return CoderIT.code(text).stream().map(CameoSubcodesIT::triple).toList();
  }

  private static String triple(Event e) {
    return codes(e.actors()) + "→" + codes(e.recipients()) + ":" + e.cameo();
  }

  private static String codes(List<ActorRef> refs) {
    return refs.stream().map(r -> String.valueOf(r.code())).collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chile urged Bolivia to free the detained truck drivers.|CHL→BOL:0253",
        "The Arab League called on Qatar to send food to the refugees.|→QAT:0233",
        "Ghana demanded that Togo release the fishermen it had seized.|GHA→TGO:1053",
        "Kenya said it would send peacekeepers to Haiti next month.|KEN→HTI:0334",
        "Norway said it would not supply weapons to Ukraine.|NOR→UKR:1222",
        "Pakistan said it would impose a blockade on the border towns.|PAK→:1381",
        "Vietnam and the Philippines held talks on the maritime dispute in Hanoi.|VNM,PHL→VNM,PHL:046",
        "Azerbaijani forces staged military exercises near the border on Monday.|AZEMIL→:150",
        "Australian warplanes launched air strikes against Islamic State positions.|AUSMIL→---REBMUS:195",
        "Ecuadorian soldiers fired at Peruvian border guards on Sunday.|ECUMIL→PERCOP:190",
        "Argentina expressed condolences to Uruguay after the floods.|ARG→URY:018",
        "Egypt arrested members of the Muslim Brotherhood in Cairo.|EGY→EGYOPPMUS:173",
        "Peru agreed to lift its sanctions on Ecuador.|PER→ECU:0354",
        "Serbia refused to release the detained Kosovar journalists.|SRB→XKXMED:1243",
        "Jordan threatened to impose sanctions on the smugglers' backers.|JOR→:1312",
        "Amnesty International called for the release of the jailed bloggers.|NGOAMN→:0253",
        "Sudan appealed to its neighbours for humanitarian aid.|SDN→:0233",
      })
  void theCodeFollowsTheCodebook(String sentence, String expected) {
    String actors = expected.substring(0, expected.indexOf('→'));
    List<String> coded = triples(sentence);
    assertThat(coded)
        .as("coded %s", coded)
        .anySatisfy(
            t -> {
              assertThat(t).endsWith(expected.substring(expected.indexOf('→')));
              assertThat(t).startsWith(actors);
            });
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a promise stays a plan; a threat or refusal is a statement made
        "Kenya said it would send peacekeepers to Haiti next month.|KEN→HTI:0334|PLANNED",
        "Pakistan said it would impose a blockade on the border towns.|PAK→:1381|ASSERTED",
        "Norway said it would not supply weapons to Ukraine.|NOR→UKR:1222|ASSERTED",
        "Fiji will host Samoan ministers next week.|FJI→WSMGOV:036|PLANNED",
      })
  void anAnnouncedPlanIsOneRecordOfWhatAnnouncingItDoes(
      String sentence, String expected, Modality modality) {
    List<Event> coded = CoderIT.code(sentence);
    assertThat(coded).as("coded %s", triples(sentence)).hasSize(1);
    assertThat(triple(coded.get(0))).startsWith(expected.substring(0, expected.indexOf('→')));
    assertThat(triple(coded.get(0))).endsWith(expected.substring(expected.indexOf('→')));
    assertThat(coded.get(0).modality()).isEqualTo(modality);
    assertThat(coded.get(0).negated()).isFalse();
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ecuador promised to send food aid to Bolivia.|ECU→BOL:0333",
        "Syria vowed to punish Jordan.|SYR→JOR:131",
      })
  void aPromiseOrVowIsOneRecordWithTheRecipientOfTheActItAnnounces(
      String sentence, String expected) {
    List<String> coded = triples(sentence);
    assertThat(coded).as("coded %s", coded).containsExactly(expected);
  }

  @ParameterizedTest(name = "two records in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a decision verb: the decided act is a record of its own
        "NATO agreed to send extra troops to Kosovo.",
        // force promised to a third party, not a threat against the target
        "Qatar pledged to expel the exiled opposition leaders.",
      })
  void aDecisionOrAPromiseOfForceKeepsTheActBesideIt(String sentence) {
    List<String> coded = triples(sentence);
    assertThat(coded).as("coded %s", coded).hasSize(2);
  }

  @Test
  void anAnnouncedWithdrawalIsCodedAsTheWithdrawalAndThePromise() {
    List<String> coded = triples("Chad said it would withdraw its troops from Niger.");
    assertThat(coded).as("coded %s", coded).anyMatch(t -> t.contains(":08"));
    assertThat(coded).as("coded %s", coded).anyMatch(t -> t.contains(":03"));
  }

  @ParameterizedTest(name = "no {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Amnesty International called for the release of the jailed bloggers.|:0841",
        "The European Union called for a ceasefire in the region.|:0871",
        "Sudan appealed to its neighbours for humanitarian aid.|:073",
      })
  void anActOnlyAskedForIsNotCodedAsDone(String sentence, String notExpected) {
    List<String> coded = triples(sentence);
    assertThat(coded).as("coded %s", coded).noneMatch(t -> t.endsWith(notExpected));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "South Korea and the United States began joint drills on Monday. The North's defence"
            + " ministry condemned the drills as a rehearsal for invasion.|PRKMIL→",
        "The government thanked Norway for its support after the storm.|---GOV→NOR",
        "The International Criminal Court opened a case against two militia leaders. On"
            + " Tuesday the court ordered Mali to hand over the suspects.|IGOICC→MLI",
      })
  void referencesResolveOnlyToWhatTheArticleAlreadyNamed(String text, String expected) {
    List<String> coded = triples(text);
    assertThat(coded).as("coded %s", coded).anySatisfy(t -> assertThat(t).startsWith(expected));
  }
}
