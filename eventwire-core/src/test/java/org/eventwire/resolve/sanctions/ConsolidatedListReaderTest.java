package org.eventwire.resolve.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading the Consolidated List XML: an invented fixture, then the real old copy when present. */
class ConsolidatedListReaderTest {

  private final ConsolidatedListReader reader = new ConsolidatedListReader();

  static ConsolidatedList fixture() {
    InputStream in =
        ConsolidatedListReaderTest.class.getResourceAsStream(
            "/sanctions/consolidated-list-fixture.xml");
    return new ConsolidatedListReader().read(in, "fixture");
  }

  @Test
  void theFixtureGivesTwoIndividualsAndTwoEntitiesWithTheirListDate() {
    ConsolidatedList list = fixture();

    assertThat(list.dateGenerated()).startsWith("2024-01-02");
    assertThat(list.count(DesignatedParty.Kind.INDIVIDUAL)).isEqualTo(2);
    assertThat(list.count(DesignatedParty.Kind.ENTITY)).isEqualTo(2);
  }

  @Test
  void anIndividualsNamePartsAreJoinedAndTrimmedAndItsAliasesKeepTheirQuality() {
    DesignatedParty pak = fixture().parties().get(0);

    assertThat(pak.reference()).isEqualTo("KPi.901");
    assertThat(pak.kind()).isEqualTo(DesignatedParty.Kind.INDIVIDUAL);
    assertThat(pak.primaryName()).isEqualTo("PAK SOL MIN");
    assertThat(pak.listType()).isEqualTo("DPRK");
    assertThat(pak.listedOn()).isEqualTo(LocalDate.of(2017, 6, 2));
    assertThat(pak.aliases())
        .containsExactly(
            new DesignatedParty.Alias("Bak Sol-min", "Good"),
            new DesignatedParty.Alias("Sol Min Trader", "Low"),
            new DesignatedParty.Alias("Pako", "a.k.a."));
    assertThat(pak.names()).first().isEqualTo("PAK SOL MIN");
  }

  @Test
  void fourNamePartsAnEmptyAliasAndABadListingDateAreHandled() {
    ConsolidatedList list = fixture();
    DesignatedParty zarek = list.parties().get(1);
    DesignatedParty dune = list.parties().get(3);

    assertThat(zarek.primaryName()).isEqualTo("ZAREK OMVELA QUIST TANDU");
    assertThat(zarek.aliases()).isEmpty();
    assertThat(dune.kind()).isEqualTo(DesignatedParty.Kind.ENTITY);
    assertThat(dune.listedOn()).isNull();
  }

  @Test
  void aDocumentWithADoctypeIsRefused() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&e;</FIRST_NAME>"
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> reader.read(in, "evil.xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evil.xml");
  }

  @Test
  void theRealMarch2020ListHasItsPublishedCounts() {
    Path file = realList();

    ConsolidatedList list = reader.read(file);

    assertThat(list.count(DesignatedParty.Kind.INDIVIDUAL)).isEqualTo(709);
    assertThat(list.count(DesignatedParty.Kind.ENTITY)).isEqualTo(305);
    Map<String, Long> byType =
        list.parties().stream()
            .collect(Collectors.groupingBy(DesignatedParty::listType, Collectors.counting()));
    assertThat(byType.get("DPRK")).isEqualTo(155);
    assertThat(list.parties())
        .allMatch(p -> !p.reference().isBlank() && !p.primaryName().isBlank());
  }

  @Test
  void everyListTypeOfTheRealListBelongsToARegimeOfTheKnowledge() {
    ConsolidatedList list = reader.read(realList());
    SanctionsKnowledge knowledge = SanctionsKnowledge.loadDefault();

    assertThat(list.parties())
        .extracting(DesignatedParty::listType)
        .allMatch(type -> !knowledge.regimesForListType(type).isEmpty());
  }

  static Path realList() {
    String shared = System.getProperty("eventwire.shared");
    assumeTrue(shared != null, "eventwire.shared is not set");
    Path file = Path.of(shared, "data", "un-sc-consolidated-list-2020-03-20.xml");
    assumeTrue(Files.exists(file), "no Consolidated List copy in " + shared);
    return file;
  }
}
