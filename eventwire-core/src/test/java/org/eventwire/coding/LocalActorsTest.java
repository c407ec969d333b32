package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;

class LocalActorsTest {

  @Test
  void aPartyNamedOnlyByItsSectorTakesTheCountryOfThePlace() {
    ActorRef police = new ActorRef("riot police", null, null, null, "COP", "---COP");
    assertThat(LocalActors.placed(List.of(police), "GEO"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.country()).isEqualTo("GEO");
              assertThat(r.code()).isEqualTo("GEOCOP");
              assertThat(r.text()).isEqualTo("riot police");
            });
  }

  @Test
  void partiesWithACountryOrABodyOrNoSectorKeepWhatTheyHave() {
    ActorRef russian = new ActorRef("Russian troops", null, "RUS", null, "MIL", "RUSMIL");
    ActorRef un = new ActorRef("the UN", "United Nations", null, "UN", null, "IGOUNO");
    ActorRef unknown = ActorRef.unresolved("Mr Smith");
    assertThat(LocalActors.placed(List.of(russian, un, unknown), "UKR"))
        .containsExactly(russian, un, unknown);
  }

  @Test
  void aGroupOfNoSingleCountryKeepsItsStackedRolesWhenPlaced() {
    ActorRef group = new ActorRef("the militants", "Islamic State", null, null, "REB", "---REBMUS");
    assertThat(LocalActors.placed(List.of(group), "IRQ"))
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("IRQREBMUS"));
  }
}
