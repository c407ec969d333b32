package org.eventwire.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  @Test
  void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
    assertThat(new CorpusGenerator(1).generate(50)).isEqualTo(new CorpusGenerator(1).generate(50));
    assertThat(new CorpusGenerator(2).generate(50))
        .isNotEqualTo(new CorpusGenerator(1).generate(50));
  }

  @Test
  void everyStoryIsReadAsAnEnglishArticleAndTheStandInCodesItsLead() throws Exception {
    List<GeneratedArticle> corpus = new CorpusGenerator(3).generate(200);
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    StandInCoder coder = new StandInCoder();
    int coded = 0;
    for (GeneratedArticle g : corpus) {
      String line =
          org.eventwire.model.Json.newMapper()
              .writeValueAsString(
                  Map.of(
                      "id",
                      g.id(),
                      "text",
                      g.text(),
                      "published",
                      g.published().toString(),
                      "source",
                      g.source()));
      List<ReadResult> results = new java.util.ArrayList<>();
      reader.readStream(
          new java.io.ByteArrayInputStream(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          g.id(),
          results::add);
      assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
      List<Event> events = coder.code(((ReadResult.Ok) results.get(0)).article());
      coded += events.size();
      for (Event e : events) {
        assertThat(e.actors()).isNotEmpty();
        assertThat(e.date()).isNotNull();
      }
    }
    assertThat(coded).isEqualTo(corpus.size());
  }

  @Test
  void theCorpusHasSyndicatedCopiesAnnouncementsAndHappeningsWithSeveralReports() {
    List<GeneratedArticle> corpus = new CorpusGenerator(4).generate(1000);
    Map<String, Long> reports =
        corpus.stream()
            .collect(Collectors.groupingBy(GeneratedArticle::happeningId, Collectors.counting()));
    assertThat(corpus.stream().filter(a -> a.copyOf() != null).count()).isGreaterThan(50);
    assertThat(reports.keySet().stream().filter(h -> h.endsWith("-announced"))).isNotEmpty();
    assertThat(reports.keySet().stream().filter(h -> h.endsWith("-next-day"))).isNotEmpty();
    assertThat(reports.values().stream().filter(n -> n >= 3).count()).isGreaterThan(50);
    Map<String, GeneratedArticle> byId =
        corpus.stream().collect(Collectors.toMap(GeneratedArticle::id, Function.identity()));
    GeneratedArticle copy = corpus.stream().filter(a -> a.copyOf() != null).findFirst().get();
    assertThat(copy.title()).isNotEqualTo(byId.get(copy.copyOf()).title());
    assertThat(copy.source()).isNotEqualTo(byId.get(copy.copyOf()).source());
  }

  @Test
  void theStandInReadsAnAnnouncementAsPlannedAndAnAttributionAsAttributed() {
    String planned = Wording.lead(meeting(true), false, new java.util.Random(1));
    String attributed = Wording.lead(meeting(false), true, new java.util.Random(1));
    assertThat(code(planned).modality()).isEqualTo(Modality.PLANNED);
    assertThat(code(attributed).modality()).isEqualTo(Modality.ATTRIBUTED);
    assertThat(code(attributed).type()).isEqualTo(PloverType.CONSULT);
    assertThat(code(attributed).date()).isEqualTo("2024-03-04");
  }

  private static Happening meeting(boolean announced) {
    return new Happening(
        "h",
        Happening.Kind.MEETING,
        Country.ALL.get(0),
        Country.ALL.get(1),
        java.time.LocalDate.of(2024, 3, 4),
        announced);
  }

  private static Event code(String lead) {
    String text = lead + " More words follow here.";
    return new StandInCoder()
        .code(
            new org.eventwire.model.Article(
                "x",
                text,
                new org.eventwire.model.PublishedDate(
                    java.time.LocalDate.of(2024, 3, 5),
                    org.eventwire.model.PublishedDate.Source.METADATA),
                null,
                null,
                null,
                org.eventwire.model.ArticleLayout.bodyOnly(text)))
        .get(0);
  }
}
