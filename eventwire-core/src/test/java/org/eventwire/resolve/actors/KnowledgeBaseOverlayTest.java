package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eventwire.resolve.actors.TestPhrases.phrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's files layered over the shipped knowledge base. */
class KnowledgeBaseOverlayTest {

  private static final String PEOPLE_HEADER =
      "name\tvariants\tcountry\tsector\trole\tfrom\tto\tsurname\n";
  private static final LocalDate DATE = LocalDate.of(2023, 12, 13);

  private final KnowledgeBase shipped = KnowledgeBase.loadDefault();

  @Test
  void aUserPersonIsAddedAndTheShippedEntriesStay(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("people.tsv"),
        PEOPLE_HEADER + "Ivan Testov\t\tRUS\tGOV\tgovernor\t2020-01-01\t\tTestov\n");
    KnowledgeBase kb = shipped.withOverlay(dir);
    DictionaryActorResolver resolver = new DictionaryActorResolver(kb);

    assertThat(resolver.resolveExplained(phrase("Testov"), DATE))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ref().code()).isEqualTo("RUSGOV");
              assertThat(r.entrySource()).startsWith(dir.resolve("people.tsv") + ":2");
            });
    assertThat(resolver.resolve(phrase("Vladimir Putin"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("RUSGOV");
    assertThat(kb.people()).hasSize(shipped.people().size() + 1);
  }

  @Test
  void aUserRowReplacesAllShippedRowsWithTheSameName(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("people.tsv"),
        PEOPLE_HEADER + "Vladimir Putin\t\tRUS\tMIL\tcommander\t2000-01-01\t\tPutin\n");
    Files.writeString(
        dir.resolve("organizations.tsv"),
        "name\tvariants\tcountry\tsector\troles\tfrom\tto\tnote\nYonhap\t\tKOR\tGOV\t\t\t\tuser says so\n");
    DictionaryActorResolver resolver = new DictionaryActorResolver(shipped.withOverlay(dir));

    assertThat(resolver.resolve(phrase("Putin"), LocalDate.of(2010, 1, 1)))
        .extracting(ActorRef::code)
        .containsExactly("RUSMIL");
    assertThat(resolver.resolve(phrase("Yonhap"), DATE))
        .extracting(ActorRef::code)
        .containsExactly("KORGOV");
  }

  @Test
  void anEmptyOverlayFolderChangesNothing(@TempDir Path dir) {
    KnowledgeBase kb = shipped.withOverlay(dir);
    assertThat(kb.people()).isEqualTo(shipped.people());
    assertThat(kb.countries()).isEqualTo(shipped.countries());
    assertThat(kb.regions()).isEqualTo(shipped.regions());
  }

  @Test
  void aUserRowNamingAnUnknownCountryIsRejectedWithItsPathAndLine(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("regions.tsv"),
        "name\tvariants\tcountry\talone\tnote\nNowhere Land\t\tZZZ\tplace\t\n");
    assertThatThrownBy(() -> shipped.withOverlay(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regions.tsv:2")
        .hasMessageContaining("ZZZ");
  }
}
