package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eventwire.resolve.actors.TestPhrases.phrase;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer of PETRARCH/TABARI-style actor dictionaries and the writer to our TSV files. */
class PetrarchDictionaryImporterTest {

  private final PetrarchDictionaryImporter importer =
      new PetrarchDictionaryImporter("small-actors.txt");
  private final KnowledgeBase kb = KnowledgeBase.loadDefault();

  private List<ImportedActor> smallFile() throws IOException {
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(
                getClass().getResourceAsStream("/actors/petrarch/small-actors.txt")),
            StandardCharsets.UTF_8)) {
      return importer.read(in);
    }
  }

  @Test
  void entriesSynonymsAndCodesAreReadWithUnderscoresAsSpacesAndCommentsIgnored()
      throws IOException {
    List<ImportedActor> actors = smallFile();
    assertThat(actors)
        .extracting(ImportedActor::name)
        .containsExactly(
            "ALDO TESTMAN", "BERTA PROBA", "CARLO SPECIMEN", "RED FALCON FRONT", "NOWHERE PERSON");
    ImportedActor aldo = actors.get(0);
    assertThat(aldo.synonyms()).containsExactly("PRESIDENT ALDO TESTMAN", "A. TESTMAN");
    assertThat(aldo.source()).isEqualTo("small-actors.txt:5");
  }

  @Test
  void dateRestrictionsBecomeInclusiveFromAndExclusiveToDates() throws IOException {
    ImportedActor aldo = smallFile().get(0);
    assertThat(aldo.terms())
        .containsExactly(
            new ImportedActor.Term("FRAGOV", LocalDate.of(1995, 5, 17), LocalDate.of(2007, 5, 16)),
            new ImportedActor.Term("FRAELI", LocalDate.of(2007, 5, 16), null),
            new ImportedActor.Term("FRAMIL", null, LocalDate.of(1995, 1, 1)));
    assertThat(smallFile().get(1).terms())
        .containsExactly(
            new ImportedActor.Term(
                "DEUGOV", LocalDate.of(2005, 11, 22), LocalDate.of(2021, 12, 8)));
  }

  @Test
  void thePivotDecidesTheCenturyOfTwoDigitYears() {
    List<ImportedActor> early =
        new PetrarchDictionaryImporter("x", 10).read(new StringReader("A_B [USAGOV >150101]\n"));
    assertThat(early.get(0).terms().get(0).from()).isEqualTo(LocalDate.of(1915, 1, 1));
  }

  @Test
  void malformedLinesAreReportedWithTheirLine() {
    assertThatThrownBy(() -> importer.read(new StringReader("+ORPHAN_SYNONYM\n")))
        .hasMessageContaining("small-actors.txt:1");
    assertThatThrownBy(() -> importer.read(new StringReader("# c\nA_B [USAGOV 991340]\n")))
        .hasMessageContaining("small-actors.txt:2")
        .hasMessageContaining("991340");
    assertThatThrownBy(() -> importer.read(new StringReader("A_B [USAGOV soon]\n")))
        .hasMessageContaining("bad date restriction");
  }

  @Test
  void peopleAreWrittenOneRowPerTermAndWhatCannotBeWrittenIsReported() throws IOException {
    StringWriter out = new StringWriter();
    ImportedActorWriter.Report report = new ImportedActorWriter(kb).writePeople(smallFile(), out);
    List<String> lines = out.toString().lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(lines.get(0)).isEqualTo(String.join("\t", Person.COLUMNS));
    assertThat(lines)
        .contains(
            "Aldo Testman\tPresident Aldo Testman|A. Testman\tFRA\tGOV\timported fragov"
                + "\t1995-05-17\t2007-05-16\t",
            "Carlo Specimen\t\tUN\tGOV\timported igouno\t2007-01-01\t2017-01-01\t");
    assertThat(report.rows()).isEqualTo(lines.size() - 1);
    assertThat(report.skipped())
        .anyMatch(s -> s.contains("FRAELI") && s.contains("derived"))
        .anyMatch(s -> s.contains("---REB") && s.contains("needs a country"))
        .anyMatch(s -> s.contains("ZZZGOV") && s.contains("unknown country"));
  }

  @Test
  void writtenFilesLoadAsAnOverlayAndResolveByDate(@TempDir Path dir) throws IOException {
    List<ImportedActor> actors = smallFile();
    ImportedActorWriter writer = new ImportedActorWriter(kb);
    try (var people = Files.newBufferedWriter(dir.resolve("people.tsv"))) {
      writer.writePeople(actors.subList(0, 2), people);
    }
    try (var orgs = Files.newBufferedWriter(dir.resolve("organizations.tsv"))) {
      writer.writeOrganizations(actors.subList(3, 4), orgs);
    }
    DictionaryActorResolver resolver = new DictionaryActorResolver(kb.withOverlay(dir));

    assertThat(resolver.resolve(phrase("Aldo Testman"), LocalDate.of(2000, 1, 1)))
        .extracting(ActorRef::code)
        .containsExactly("FRAGOV");
    assertThat(resolver.resolve(phrase("Aldo Testman"), LocalDate.of(1990, 1, 1)))
        .extracting(ActorRef::code)
        .containsExactly("FRAMIL");
    assertThat(resolver.resolve(phrase("Aldo Testman"), LocalDate.of(2010, 1, 1)))
        .extracting(ActorRef::code)
        .containsExactly("FRAELI");
    assertThat(resolver.resolve(phrase("the Red Falcon Front"), LocalDate.of(2010, 1, 1)))
        .extracting(ActorRef::code)
        .containsExactly("---REB");
  }

  @Test
  void capitalisedNamesKeepOnlyVowellessWordsAsAbbreviations() {
    assertThat(ImportedActorWriter.displayName("BASHAR AL-ASSAD")).isEqualTo("Bashar Al-Assad");
    assertThat(ImportedActorWriter.displayName("FSB DIRECTOR")).isEqualTo("FSB Director");
  }
}
