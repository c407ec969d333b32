package org.eventwire.resolve.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;

/** Matching actor words to listings without short-name false hits. */
class DesignationIndexTest {

  private final DesignationIndex index = DesignationIndex.of(ConsolidatedListReaderTest.fixture());

  private static String firstReference(DesignationIndex idx, String text) {
    return idx.match(text).stream().findFirst().map(DesignationMatch::reference).orElse(null);
  }

  @Test
  void aListedNameMatchesWhateverItsCaseHyphensAndLegalForm() {
    assertThat(firstReference(index, "the Koryong Mountain Trading Corp. in Pyongyang"))
        .isEqualTo("KPe.901");
    assertThat(firstReference(index, "KORYONG MOUNTAIN TRADING COMPANY")).isEqualTo("KPe.901");
    assertThat(firstReference(index, "trade official Pak Sol-min")).isEqualTo("KPi.901");
    assertThat(firstReference(index, "Bak Sol Min's company")).isEqualTo("KPi.901");
  }

  @Test
  void aLongEnoughSingleWordAliasOfAnEntityMatches() {
    assertThat(firstReference(index, "a front company called Velmor")).isEqualTo("KPe.901");
  }

  @Test
  void shortOrCommonAliasesAndLowQualityAliasesDoNotMatch() {
    assertThat(index.match("the KMTC office")).isEmpty();
    assertThat(index.match("Trading companies in Dandong")).isEmpty();
    assertThat(index.match("a man called Pako")).isEmpty();
    assertThat(index.match("Sol Min Trader")).isEmpty();
    assertThat(index.match("The Dune Brigade Network")).isEmpty();
  }

  @Test
  void partOfANameIsNotEnough() {
    assertThat(index.match("Koryong Mountain")).isEmpty();
    assertThat(index.match("Pak Sol")).isEmpty();
  }

  @Test
  void anActorMatchesByItsWordsOrItsCanonicalName() {
    ActorRef byName =
        new ActorRef(
            "the firm", "Koryong Mountain Trading Corporation", "PRK", null, "BUS", "PRKBUS");

    assertThat(index.reference(byName)).contains("KPe.901");
    assertThat(index.reference(ActorRef.unresolved("North Korea"))).isEmpty();
    assertThat(DesignationIndex.empty().match("Koryong Mountain Trading")).isEmpty();
  }

  @Test
  void listedEntitiesOfTheRealListAreFoundByNameAndAlias() {
    DesignationIndex real =
        DesignationIndex.of(
            new ConsolidatedListReader().read(ConsolidatedListReaderTest.realList()));

    assertThat(firstReference(real, "Korea Mining Development Trading Corporation"))
        .isEqualTo("KPe.001");
    assertThat(firstReference(real, "KOMID")).isEqualTo("KPe.001");
    assertThat(firstReference(real, "the Reconnaissance General Bureau")).isEqualTo("KPe.031");
    assertThat(firstReference(real, "Ocean Maritime Management Company")).isEqualTo("KPe.020");
    assertThat(firstReference(real, "Korean Committee for Space Technology")).isEqualTo("KPe.012");
    assertThat(real.match("RGB")).isEmpty();
    assertThat(real.match("the Russian delegation met officials in Pyongyang")).isEmpty();
  }
}
