package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.resolve.actors.TestPhrases.phrase;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CAMEO actor codes that stack roles or a religion after the sector (the roles column). */
class StackedCodesTest {

  private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 6);

  private final DictionaryActorResolver resolver =
      DictionaryActorResolver.withDefaultKnowledgeBase();

  private static List<String> codes(DictionaryActorResolver r, String text, LocalDate date) {
    return r.resolve(phrase(text), date).stream().map(ActorRef::code).toList();
  }

  private ActorRef one(String text) {
    List<ActorRef> refs = resolver.resolve(phrase(text), MAY_2024);
    assertThat(refs).as(text).hasSize(1);
    return refs.get(0);
  }

  @Test
  void anOrganisationWithAReligionStacksItAfterTheSector() {
    ActorRef brotherhood = one("the exiled leaders of the Muslim Brotherhood");
    assertThat(brotherhood.code()).isEqualTo("EGYOPPMUS");
    assertThat(brotherhood.sector()).isEqualTo("OPP");
    assertThat(brotherhood.country()).isEqualTo("EGY");
  }

  @Test
  void aGroupWithoutACountryKeepsTheDashesBeforeItsRoles() {
    assertThat(one("al-Qaeda").code()).isEqualTo("---REBMUS");
  }

  @Test
  void aSectorPhraseWithARoleStacksItAfterTheCountryAndSector() {
    assertThat(one("a Lebanese human rights group").code()).isEqualTo("LBNNGOHRI");
    assertThat(one("Islamist militants").code()).isEqualTo("---REBMUS");
    assertThat(one("Malian Islamist fighters").code()).isEqualTo("MLIREBMUS");
  }

  @Test
  void aReligiousCommunityIsCivilianWithItsReligion() {
    assertThat(one("Iraqi Christians").code()).isEqualTo("IRQCVLCHR");
    assertThat(one("Sunnis in Lebanon").code()).isEqualTo("LBNCVLSUN");
  }

  @Test
  void aGivenNameThatIsAlsoAReligionIsNotASectorWord() {
    assertThat(codes(resolver, "Christian Okafor", MAY_2024)).containsExactly((String) null);
  }

  @Test
  void aPeriodWithoutRolesGivesThePlainCode() {
    assertThat(codes(resolver, "the Taliban", LocalDate.of(2019, 3, 1)))
        .containsExactly("AFGREBMUS");
    assertThat(codes(resolver, "the Taliban", LocalDate.of(2023, 3, 1))).containsExactly("AFGGOV");
  }

  @Test
  void theFirstThreeLettersStillNameTheCountry() {
    ActorRef ref = one("Syrian human rights activists");
    assertThat(ref.code()).startsWith(ref.country()).isEqualTo("SYRNGOHRI");
  }

  @Test
  void importedDictionaryCodesKeepTheirStackedRoles(@TempDir Path dir) throws IOException {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    List<ImportedActor> actors =
        new PetrarchDictionaryImporter("test.txt")
            .read(new java.io.StringReader("NORTHERN_LANTERN_FRONT [NGAREBMUS]\n"));
    StringWriter out = new StringWriter();
    new ImportedActorWriter(kb).writeOrganizations(actors, out);
    Files.writeString(dir.resolve("organizations.tsv"), out.toString());
    DictionaryActorResolver mine = new DictionaryActorResolver(kb.withOverlay(dir));
    assertThat(codes(mine, "the Northern Lantern Front", MAY_2024)).containsExactly("NGAREBMUS");
  }
}
