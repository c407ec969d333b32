package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class CounterpartsTest {
  private static final ActorRef POL = new ActorRef("Poland", "Poland", "POL", null, null, "POL");
  private static final ActorRef BLR = new ActorRef("Minsk", "Belarus", "BLR", null, null, "BLR");
  private static final ActorRef DEU = new ActorRef("Berlin", "Germany", "DEU", null, null, "DEU");
  private static final ActorRef CVL = new ActorRef("migrants", null, null, null, "CVL", "---CVL");

  private final Counterparts counterparts = new Counterparts();

  private static Event event(
      PloverType type, String cameo, List<ActorRef> actors, List<ActorRef> recipients) {
    return TestEvents.asserted(
        type + cameo, type, cameo, actors, recipients, new Evidence("a sentence", 0, 0, 9, "x"));
  }

  @Test
  void aClosureNamingNobodyIsAimedAtTheActorsLatestCounterpart() {
    Event accusation = event(PloverType.ACCUSE, "112", List.of(POL), List.of(BLR));
    Event call = event(PloverType.CONSULT, "040", List.of(DEU), List.of(BLR));
    Event closure = event(PloverType.COERCE, "191", List.of(POL), List.of());
    Event out = counterparts.target(closure, List.of(accusation, call));
    assertThat(out.recipients()).containsExactly(BLR);
  }

  @Test
  void anActWithATargetPhraseOfItsOwnKeepsIt() {
    Event accusation = event(PloverType.ACCUSE, "112", List.of(POL), List.of(BLR));
    Event sanction = event(PloverType.SANCTION, "163", List.of(POL), List.of(CVL));
    assertThat(counterparts.target(sanction, List.of(accusation)).recipients())
        .containsExactly(CVL);
  }

  @Test
  void aRequestOrAnAttackIsNotGivenACounterpart() {
    Event accusation = event(PloverType.ACCUSE, "112", List.of(POL), List.of(BLR));
    Event attack = event(PloverType.ASSAULT, "190", List.of(POL), List.of());
    assertThat(counterparts.target(attack, List.of(accusation)).recipients()).isEmpty();
  }

  @Test
  void mediationNamingNoPartiesIsAimedAtTheSidesOfTheLatestActTheMediatorTookNoPartIn() {
    ActorRef qat = new ActorRef("Qatar", "Qatar", "QAT", null, null, "QAT");
    Event swap = event(PloverType.RETREAT, "0841", List.of(POL, BLR), List.of());
    Event mediation = event(PloverType.CONSULT, "045", List.of(qat), List.of());
    assertThat(counterparts.target(mediation, List.of(swap)).recipients())
        .containsExactly(POL, BLR);
  }
}
