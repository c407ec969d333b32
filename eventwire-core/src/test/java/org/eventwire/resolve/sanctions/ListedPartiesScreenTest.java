package org.eventwire.resolve.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.resolve.sanctions.TestEvents.country;
import static org.eventwire.resolve.sanctions.TestEvents.event;

import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.model.SanctionFlag;
import org.junit.jupiter.api.Test;

/** Conditions on designated parties, with the invented fixture list. */
class ListedPartiesScreenTest {

  private final SanctionsKnowledge knowledge = SanctionsKnowledge.loadDefault();
  private final SanctionsScreen withList =
      new SanctionsScreen(knowledge, DesignationIndex.of(ConsolidatedListReaderTest.fixture()));
  private final SanctionsScreen withoutList = new SanctionsScreen(knowledge);

  private static final ActorRef FIRM =
      new ActorRef("Koryong Mountain Trading Corporation", null, "PRK", null, "BUS", "PRKBUS");

  @Test
  void paymentToAListedEntityTouchesItsRegimesAssetFreezeAndNamesTheListing() {
    Event e =
        event(PloverType.COOPERATE)
            .contexts("economic")
            .actor(country("a Chinese company", "CHN"))
            .recipient(FIRM)
            .date("2019-05")
            .build();

    List<SanctionFinding> findings = withList.explain(e, "paid the firm");

    assertThat(findings)
        .extracting(SanctionFinding::flag)
        .contains(new SanctionFlag("UNSC-1718", "asset-freeze", "UNSCR 1718 (2006) OP 8(d)"));
    assertThat(findings)
        .filteredOn(f -> f.flag().measure().equals("asset-freeze"))
        .extracting(SanctionFinding::ruleId, SanctionFinding::listing)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("listed-material", "KPe.901"));
    assertThat(withoutList.screen(e, "paid the firm")).isEmpty();
  }

  @Test
  void aVisitByAListedIndividualTouchesTheTravelBanButAPlainVisitDoesNot() {
    Event listed =
        event(PloverType.CONSULT)
            .mode("visit")
            .actor(new ActorRef("trade official Pak Sol-min", null, "PRK", null, "GOV", "PRKGOV"))
            .recipient(country("Russia", "RUS"))
            .date("2023-12")
            .build();
    Event plain =
        event(PloverType.CONSULT)
            .mode("visit")
            .actor(country("The Russian delegation led by Kozhemyako", "RUS"))
            .recipient(country("North Korea", "PRK"))
            .date("2023-12-11")
            .build();

    assertThat(withList.screen(listed, null))
        .containsExactly(
            new SanctionFlag("UNSC-1718", "travel-ban", "UNSCR 1718 (2006) OP 8(e)", "KPi.901"));
    assertThat(withList.screen(plain, null)).isEmpty();
  }
}
