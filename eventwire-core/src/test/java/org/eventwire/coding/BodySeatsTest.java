package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.eventwire.model.ActorRef;
import org.eventwire.model.PloverType;
import org.eventwire.resolve.places.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodySeatsTest {
  private static Gazetteer gazetteer;
  private static BodySeats seats;

  private static final ActorRef COUNCIL =
      new ActorRef("the Security Council", "UN Security Council", null, "UNSC", null, "IGOUNO");
  private static final ActorRef PERU = new ActorRef("Peru", "Peru", "PER", null, null, "PER");

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
    seats = BodySeats.loadDefault(gazetteer);
  }

  @Test
  void everySeatInTheFileIsAPlaceTheGazetteerKnows() {
    assertThat(seats.seat(PloverType.SANCTION, List.of(COUNCIL)).name())
        .isEqualTo("United Nations Headquarters");
  }

  @Test
  void onlyADecisionOfASeatedBodyTakesTheSeat() {
    assertThat(seats.seat(PloverType.CONSULT, List.of(COUNCIL))).isNull();
    assertThat(seats.seat(PloverType.ASSAULT, List.of(COUNCIL))).isNull();
    assertThat(seats.seat(PloverType.SANCTION, List.of(PERU))).isNull();
  }

  @Test
  void aSeatTheGazetteerDoesNotKnowIsRejectedWithItsName() {
    assertThatThrownBy(() -> new BodySeats(Map.of("XYZ", "Nowhere-on-Earth"), gazetteer))
        .hasMessageContaining("Nowhere-on-Earth");
  }
}
