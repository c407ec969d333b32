package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.testing.EventExpectation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casualty reports (issue 3): the attack named by its victims is coded from the attack noun, with
 * the noun's owner as actor and the casualties as recipients, on sentences we wrote, through the
 * real CoreNLP pipeline (see {@link CoderIT}).
 */
class CasualtiesIT {

  @BeforeAll
  static void loadPipeline() {
    CoderIT.loadPipeline();
  }

  @ParameterizedTest(name = "{1} ({2}) from: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an adjective of nationality owns the shelling; civilians are the place's
        "Three villagers were killed in Russian shelling in Kharkiv on Monday.|ASSAULT"
            + " RUS→UKRCVL|194",
        // a by-agent owns the air strike; "people" are civilians of the place
        "Eight people died in an air strike by the Nigerian army in Borno.|ASSAULT"
            + " NGAMIL→NGACVL|195",
        // soldiers are their adjective's country's military
        "A Ukrainian soldier was wounded in a drone attack by Russian forces.|ASSAULT"
            + " RUS→UKRMIL|195",
        // a subject that struck keeps its attack: the attack noun only says how
        "Pakistani militants wounded two Indian soldiers in a bomb attack.|ASSAULT"
            + " PAK→INDMIL|190",
        // the attack as the subject of the casualty verb
        "Russian shelling killed two civilians in Kharkiv on Sunday.|ASSAULT RUS→UKRCVL|194",
        // a possessive owns the bombing
        "Two farmers were injured in the Sudanese army's bombing of a market.|ASSAULT SDN|183",
      })
  void theAttackNamedByItsVictimsIsCodedWithTheVictimsAsRecipients(
      String sentence, String expected, String cameo) {
    List<Event> events = CoderIT.code(sentence);
    EventExpectation want = EventExpectation.parse(expected);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> want.matches(e) && e.cameo().equals(cameo));
  }

  @Test
  void theCasualtyVerbGivesNoSecondRecordOfTheAttack() {
    List<Event> events =
        CoderIT.code("Four fishermen were killed in Israeli shelling off Gaza on Tuesday.");
    assertThat(events.stream().filter(e -> e.type() == PloverType.ASSAULT))
        .as(EventExpectation.describe(events))
        .singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("194"));
  }

  @Test
  void theVictimsOfADeathAreNeverTheAttackers() {
    List<Event> events = CoderIT.code("Six Afghan soldiers died in a Pakistani air strike.");
    assertThat(events.stream().filter(e -> e.type() == PloverType.ASSAULT))
        .as(EventExpectation.describe(events))
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e.actors().stream().map(ActorRef::country)).doesNotContain("AFG"));
  }
}
