package org.eventwire.resolve.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sanctions files: coverage, consistency and the checks made when loading. */
class SanctionsKnowledgeTest {

  private final SanctionsKnowledge knowledge = SanctionsKnowledge.loadDefault();

  @Test
  void theDprkRegimeHoldsEveryMeasureTheResolutionsImposed() {
    List<String> ids =
        knowledge.measures().stream()
            .filter(m -> m.regime().equals("UNSC-1718"))
            .map(Measure::id)
            .toList();

    assertThat(ids)
        .contains(
            "regime",
            "arms-to-dprk",
            "arms-from-dprk",
            "arms-technical-assistance",
            "missile-technology",
            "luxury-goods",
            "asset-freeze",
            "travel-ban",
            "cargo-inspection",
            "designated-vessels",
            "ship-to-ship",
            "refined-petroleum",
            "crude-oil",
            "coal-iron",
            "seafood",
            "textiles",
            "overseas-workers",
            "work-authorisations",
            "joint-ventures",
            "financial-services");
  }

  @Test
  void keyDprkMeasuresCarryTheirResolutionParagraphAndAdoptionDate() {
    assertThat(knowledge.measure("UNSC-1718", "overseas-workers").orElseThrow())
        .extracting(Measure::basis, Measure::inForceFrom)
        .containsExactly("UNSCR 2397 (2017) OP 8", LocalDate.of(2017, 12, 22));
    assertThat(knowledge.measure("UNSC-1718", "ship-to-ship").orElseThrow().basis())
        .isEqualTo("UNSCR 2375 (2017) OP 11");
    assertThat(knowledge.measure("UNSC-1718", "seafood").orElseThrow().basis())
        .isEqualTo("UNSCR 2371 (2017) OP 9");
    assertThat(knowledge.measure("UNSC-1718", "textiles").orElseThrow().basis())
        .isEqualTo("UNSCR 2375 (2017) OP 16");
    assertThat(knowledge.measure("UNSC-1718", "luxury-goods").orElseThrow().basis())
        .isEqualTo("UNSCR 1718 (2006) OP 8(a)(iii)");
  }

  @Test
  void theOtherRegimesArmsEmbargoesAndTheirEndsAreRecorded() {
    assertThat(knowledge.regimes())
        .extracting(Regime::id)
        .contains(
            "UNSC-1970",
            "UNSC-2206",
            "UNSC-2127",
            "UNSC-1533",
            "UNSC-751",
            "UNSC-2713",
            "UNSC-1591",
            "UNSC-2140",
            "UNSC-2374",
            "UNSC-1518",
            "UNSC-1267",
            "UNSC-1988",
            "UNSC-2231",
            "UNSC-1737");
    assertThat(knowledge.measure("UNSC-2374", "regime").orElseThrow().inForceTo())
        .isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(knowledge.measure("UNSC-2231", "regime").orElseThrow().inForceTo())
        .isEqualTo(LocalDate.of(2025, 10, 18));
    assertThat(knowledge.measure("UNSC-2231", "arms-to-iran").orElseThrow().inForceTo())
        .isEqualTo(LocalDate.of(2020, 10, 18));
    assertThat(knowledge.measure("UNSC-751", "arms-embargo").orElseThrow().inForceTo())
        .isEqualTo(LocalDate.of(2023, 12, 1));
  }

  @Test
  void everyBasisNamesASecurityCouncilResolutionWithItsYear() {
    assertThat(knowledge.measures())
        .allSatisfy(m -> assertThat(m.basis()).matches("UNSCR \\d{3,4} \\(\\d{4}\\).*"));
  }

  @Test
  void everyBasisWasAdoptedNoLaterThanTheYearItsMeasureStarts() {
    for (Measure m : knowledge.measures()) {
      int year = Integer.parseInt(m.basis().replaceAll("UNSCR \\d+ \\((\\d{4})\\).*", "$1"));
      assertThat(year).as(m.source()).isLessThanOrEqualTo(m.inForceFrom().getYear());
    }
  }

  @Test
  void everyRegimeHasARegimeRowAndEveryListTypeBelongsToOneRegimeAtLeast() {
    for (Regime r : knowledge.regimes()) {
      assertThat(knowledge.measure(r.id(), "regime")).as(r.id()).isPresent();
    }
    assertThat(knowledge.regimesForListType("DPRK"))
        .extracting(Regime::id)
        .containsExactly("UNSC-1718");
    assertThat(knowledge.regimesForListType("Iran"))
        .extracting(Regime::id)
        .containsExactlyInAnyOrder("UNSC-2231", "UNSC-1737");
  }

  @Test
  void noRuleFlagsAMeetingOrASigningWithoutSanctionsWords() {
    assertThat(knowledge.rules())
        .filteredOn(r -> r.types().contains(org.eventwire.model.PloverType.CONSULT))
        .allMatch(Rule::needsListing);
    assertThat(knowledge.rules())
        .filteredOn(r -> r.types().contains(org.eventwire.model.PloverType.SUPPORT))
        .allMatch(r -> !r.words().isEmpty());
  }

  @Test
  void aRuleNamingAMeasureTheRegimeLacksIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Files.writeString(
        dir.resolve("rules.tsv"),
        String.join("\t", Rule.COLUMNS)
            + "\nbad\tAID\t-\t-\t-\t-\tPRK\t-\t-\tUNSC-1718\tno-such-measure\tx\n");

    assertThatThrownBy(() -> SanctionsKnowledge.load(dir))
        .hasMessageContaining("rules.tsv:2")
        .hasMessageContaining("no-such-measure");
  }

  @Test
  void anUnknownWordListOrPartySpecIsRefused(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    String header = String.join("\t", Rule.COLUMNS) + "\n";
    Files.writeString(
        dir.resolve("rules.tsv"),
        header + "w\tAID\t-\t-\t@NOPE\t-\tPRK\t-\t-\tUNSC-1718\tregime\tx\n");
    assertThatThrownBy(() -> SanctionsKnowledge.load(dir)).hasMessageContaining("@NOPE");

    Files.writeString(
        dir.resolve("rules.tsv"),
        header + "p\tAID\t-\t-\t-\t-\tNorth Korea\t-\t-\tUNSC-1718\tregime\tx\n");
    assertThatThrownBy(() -> SanctionsKnowledge.load(dir)).hasMessageContaining("bad party spec");
  }

  @Test
  void aMeasureEndingBeforeItStartsIsRefused(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Files.writeString(
        dir.resolve("measures.tsv"),
        String.join("\t", Measure.COLUMNS)
            + "\nUNSC-1718\tregime\tPRK\tUNSCR 1718 (2006)\t\t2006-10-14\t2006-01-01\ts\t\n");

    assertThatThrownBy(() -> SanctionsKnowledge.load(dir))
        .hasMessageContaining("measures.tsv:2")
        .hasMessageContaining("in_force_to");
  }

  private static void copyShipped(Path dir) throws IOException {
    for (String file : List.of("regimes.tsv", "measures.tsv", "words.tsv", "rules.tsv")) {
      try (var in =
          SanctionsKnowledgeTest.class
              .getClassLoader()
              .getResourceAsStream(SanctionsKnowledge.RESOURCE_DIR + file)) {
        Files.copy(in, dir.resolve(file));
      }
    }
  }
}
