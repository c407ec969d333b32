package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out corpus (docs/corpus.md, "Held-out set") loads: every gold file is seed gold whose
 * article exists and whose evidence quotes occur verbatim in that article. It checks the files'
 * form only; it never looks at what the coder produces on them.
 */
class HeldOutGoldTest {
  private static final Path HELD_OUT = Path.of("src/test/resources/corpus-heldout");
  private static final GoldLoader LOADER = new GoldLoader();
  private static List<GoldSet.Seed> golds;

  @BeforeAll
  static void loadAll() throws IOException {
    golds = new ArrayList<>();
    try (Stream<Path> files = Files.list(HELD_OUT)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        golds.add((GoldSet.Seed) LOADER.load(file));
      }
    }
  }

  @Test
  void everyHeldOutGoldFileLoadsAsSeedGoldNamedAfterItsArticle() {
    assertThat(golds).hasSize(24);
    for (GoldSet.Seed seed : golds) {
      String base = seed.file().getFileName().toString().replace(".json", "");
      assertThat(seed.gold().id()).as(seed.file().toString()).isEqualTo(base);
      assertThat(seed.articlePath()).as(seed.file().toString()).isRegularFile();
      assertThat(seed.articlePath().getFileName().toString()).isEqualTo(base + ".txt");
      assertThat(seed.gold().published()).as(seed.file().toString()).isNotNull();
    }
  }

  @Test
  void everyArticleHasThreeToSevenEventsAndAtLeastOneRequired() {
    for (GoldSet.Seed seed : golds) {
      List<GoldEvent> events = seed.gold().events();
      assertThat(events).as(seed.file().toString()).hasSizeBetween(3, 7);
      assertThat(events).as(seed.file().toString()).anyMatch(GoldEvent::required);
      assertThat(events).as(seed.file().toString()).allMatch(e -> e.type() != null);
    }
  }

  @Test
  void everyEvidencePieceOccursVerbatimInItsArticle() throws IOException {
    for (GoldSet.Seed seed : golds) {
      String article = Files.readString(seed.articlePath(), StandardCharsets.UTF_8);
      for (GoldEvent event : seed.gold().events()) {
        for (String piece : event.evidence().split(" \\.\\.\\. ")) {
          assertThat(article)
              .as("%s event %d", seed.file().getFileName(), event.n())
              .contains(piece);
        }
      }
    }
  }
}
