package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eventwire.model.Article;
import org.eventwire.model.PublishedDate.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReadingTest {
  private static final String BODY =
      "The two ministers met in the capital on Monday and agreed to expand trade in grain and "
          + "fertiliser, the foreign ministry said in a statement.";

  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String line(String id, String text, String extra) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"" + extra + "}\n";
  }

  @Test
  void aGoodLineGivesAnArticleWithItsMetadata() throws IOException {
    Path feed =
        write(
            "feed.jsonl",
            line(
                "a1",
                BODY,
                ", \"published\": \"2024-02-03\", \"title\": \"Trade deal\", \"source\": \"Example"
                    + " Wire\", \"url\": \"https://example.org/a1\""));

    Article a = Results.read(reader, feed).onlyArticle();

    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.text()).isEqualTo(BODY);
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(a.published().source()).isEqualTo(Source.METADATA);
    assertThat(a.title()).isEqualTo("Trade deal");
    assertThat(a.source()).isEqualTo("Example Wire");
    assertThat(a.url()).isEqualTo("https://example.org/a1");
  }

  @Test
  void wireCopyInsideJsonLinesGetsItsLayoutAndInferredDate() throws IOException {
    String text =
        "Ports reopen\\n\\nOSLO, Jan 5 (NTB) - The ports reopened after the storm of December 30, 2023. "
            + BODY;
    Article a = Results.read(reader, write("wire.jsonl", line("w1", text, ""))).onlyArticle();

    assertThat(a.layout().headline().of(a.text())).isEqualTo("Ports reopen");
    assertThat(a.layout().dateline().place()).isEqualTo("OSLO");
    assertThat(a.title()).isEqualTo("Ports reopen");
    assertThat(a.source()).isEqualTo("NTB");
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(a.published().source()).isEqualTo(Source.INFERRED);
  }

  @Test
  void badLinesAreReportedWithFileAndLineAndTheRestIsRead() throws IOException {
    Path feed =
        write(
            "mixed.jsonl",
            line("ok1", BODY, "")
                + "{\"id\": \"broken\", \"text\": \n"
                + "\n"
                + "{\"text\": \""
                + BODY
                + "\"}\n"
                + "{\"id\": \"no-text\"}\n"
                + "[1, 2, 3]\n"
                + "{\"id\": \"num\", \"text\": 42}\n"
                + line("ok2", BODY, ""));

    Results r = Results.read(reader, feed);

    assertThat(r.articles()).extracting(Article::id).containsExactly("ok1", "ok2");
    assertThat(r.failures())
        .extracting(ReadResult.Failed::input)
        .containsExactly(feed + ":2", feed + ":4", feed + ":5", feed + ":6", feed + ":7");
    assertThat(r.failures().get(0).problem()).startsWith("malformed JSON");
    assertThat(r.failures().get(1).problem()).contains("\"id\"");
    assertThat(r.failures().get(2).problem()).contains("\"text\"");
    assertThat(r.failures().get(3).problem()).contains("not a JSON object");
  }

  @Test
  void aRepeatedIdIsRefused() throws IOException {
    Results r = Results.read(reader, write("dup.jsonl", line("x", BODY, "") + line("x", BODY, "")));

    assertThat(r.articles()).hasSize(1);
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.problem()).contains("duplicate"));
  }

  @Test
  void anEmptyTextIsRefused() throws IOException {
    Results r = Results.read(reader, write("empty.jsonl", line("e", "   ", "")));

    assertThat(r.onlyFailure().problem()).contains("empty");
  }

  @Test
  void aLineOverTheLimitIsSkippedAndTheNextLineRead() throws IOException {
    ArticleReader small = new ArticleReader(new ReaderOptions(null, 400));
    String huge = line("big", (BODY + " ").repeat(20), "");
    Path feed = write("long.jsonl", huge + line("small", BODY, ""));

    Results r = Results.read(small, feed);

    assertThat(r.articles()).extracting(Article::id).containsExactly("small");
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.input()).isEqualTo(feed + ":1"))
        .satisfies(f -> assertThat(f.problem()).contains("too large"));
  }

  @Test
  void windowsLineEndsAndTrailingGarbageAreHandled() throws IOException {
    Path feed =
        write(
            "crlf.jsonl",
            line("c1", BODY, "").replace("\n", "\r\n") + "{\"id\": \"g\"} trailing\n");

    Results r = Results.read(reader, feed);

    assertThat(r.articles()).extracting(Article::id).containsExactly("c1");
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.problem()).startsWith("malformed JSON"));
  }

  @Test
  void standardInputStartingWithABraceIsJsonLines() {
    Results r = Results.stream(reader, "\n  " + line("s1", BODY, "") + line("s2", BODY, ""));

    assertThat(r.articles()).extracting(Article::id).containsExactly("s1", "s2");
  }

  @Test
  void standardInputOtherwiseIsOneWireArticle() {
    Results r = Results.stream(reader, "CAIRO (AFP) - " + BODY + "\n");

    Article a = r.onlyArticle();
    assertThat(a.id()).isEqualTo("stdin");
    assertThat(a.layout().dateline().agency()).isEqualTo("AFP");
  }

  @Test
  void emptyStandardInputIsAFailure() {
    assertThat(Results.stream(reader, " \n ").onlyFailure().input()).isEqualTo("stdin");
  }

  @Test
  void theDateOverrideAppliesToEveryLine() throws IOException {
    ArticleReader dated =
        new ArticleReader(ReaderOptions.defaults().withDate(LocalDate.of(2022, 8, 1)));
    Path feed = write("over.jsonl", line("d", BODY, ", \"published\": \"2024-02-03\""));

    Article a = Results.read(dated, feed).onlyArticle();

    assertThat(a.published().date()).isEqualTo(LocalDate.of(2022, 8, 1));
    assertThat(a.published().source()).isEqualTo(Source.OVERRIDE);
  }
}
