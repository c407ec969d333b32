package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.resolve.actors.TestPhrases.phrase;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;

/** Regions from {@code regions.tsv}: places that lend their country, not national actors. */
class RegionResolutionTest {

  private static final LocalDate DATE = LocalDate.of(2023, 12, 13);

  private final DictionaryActorResolver resolver =
      DictionaryActorResolver.withDefaultKnowledgeBase();

  @Test
  void aRegionAloneKeepsItsCountryButGetsNoActorCode() {
    List<Resolution> out = resolver.resolveExplained(phrase("Primorye"), DATE);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).ref())
        .isEqualTo(new ActorRef("Primorye", "Primorye", "RUS", null, null, null));
    assertThat(out.get(0).rule()).isEqualTo("region-place");
    assertThat(out.get(0).entrySource()).startsWith("regions.tsv:");
  }

  @Test
  void aRegionWithASectorWordGivesTheCountryAndTheSector() {
    assertThat(resolver.resolve(phrase("Chechen rebels"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("RUSREB");
    assertThat(resolver.resolve(phrase("Gaza authorities"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("PSEGOV");
  }

  @Test
  void gazaAndTheWestBankStandForPalestine() {
    assertThat(resolver.resolve(phrase("the Gaza Strip"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("PSE");
    assertThat(resolver.resolve(phrase("the West Bank"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("PSE");
  }

  @Test
  void aRegionInATrailingPhraseLendsItsCountryToTheSector() {
    assertThat(resolver.resolve(phrase("the governor of the Kursk region"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("RUSGOV");
  }

  @Test
  void aCountryBeforeTheRegionWinsOverTheRegion() {
    assertThat(resolver.resolve(phrase("Russian troops in Crimea"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("RUSMIL");
  }
}
