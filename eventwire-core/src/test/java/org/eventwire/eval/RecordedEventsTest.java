package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eventwire.model.Json;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedEventsTest {

  @Test
  void eventsAreGroupedByArticleIdAndMissingArticlesHaveNone() {
    RecordedEvents events =
        RecordedEvents.read(Fixtures.path("plover-mini-events.jsonl"), Json.newMapper());
    Map<String, CodedArticle> coded =
        events.code(
            List.of(
                SentenceArticles.of("P-1", "x", LocalDate.of(2001, 2, 3)),
                SentenceArticles.of("P-3", "y", LocalDate.of(2001, 2, 3)),
                SentenceArticles.of("P-4", "z", LocalDate.of(2001, 2, 3))));

    assertThat(events.articleCount()).isEqualTo(2);
    assertThat(coded.get("P-1").events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(PloverType.AGREE);
              assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
              assertThat(e.recipients().get(0).country()).isEqualTo("CHL");
            });
    assertThat(coded.get("P-3").events()).isEmpty();
    assertThat(coded.get("P-4").events())
        .extracting(e -> e.type())
        .containsExactly(PloverType.ACCUSE, PloverType.REQUEST);
  }

  @Test
  void aLineThatIsNotAnEventNamesItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"article_id\": \"a\", \"type\": \"AGREE\"}\n[1, 2]\n");
    assertThatThrownBy(() -> RecordedEvents.read(file, Json.newMapper()))
        .hasMessageContaining("bad.jsonl:2");
  }
}
