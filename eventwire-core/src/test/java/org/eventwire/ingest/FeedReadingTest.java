package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReadingTest {
  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  private Path fixture(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/ingest/feeds/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void everyRssItemBecomesAnArticleWithTitleLinkDateAndTheFeedAsSource() throws IOException {
    Results r = Results.read(reader, fixture("coastal-world.rss"));
    assertThat(r.articles()).hasSize(2);
    Article convoy = r.articles().get(0);
    assertThat(convoy.title()).isEqualTo("Grain convoy crosses the border");
    assertThat(convoy.url()).isEqualTo("https://coastal.example/world/grain-convoy");
    assertThat(convoy.source()).isEqualTo("Coastal Times World Desk");
    assertThat(convoy.published().date()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(convoy.text())
        .startsWith("A convoy of forty lorries")
        .contains("said.\n\nThe drivers")
        .doesNotContain("<p>");
    assertThat(convoy.id()).startsWith("feed-").hasSize(21);
  }

  @Test
  void anItemWithoutTextIsReportedWithItsNumberAndTheOthersAreRead() throws IOException {
    Results r = Results.read(reader, fixture("coastal-world.rss"));
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.input()).endsWith("coastal-world.rss#3");
              assertThat(f.problem()).isEqualTo("feed item has no content or description");
            });
  }

  @Test
  void aGzippedAtomFeedIsReadFromItsHtmlContent() throws IOException {
    Path atom = fixture("summit.atom");
    Path gz = dir.resolve("summit.atom.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(atom, out);
    }
    Article a = Results.read(reader, gz).onlyArticle();
    assertThat(a.source()).isEqualTo("Summit Agency");
    assertThat(a.url()).isEqualTo("https://summit.example/101");
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(a.text()).startsWith("Germany imposed sanctions").contains("\n\nThe firms");
  }

  @Test
  void aMalformedFeedIsOneClearFailureNamingTheFileAndTheBatchGoesOn() throws IOException {
    fixture("broken.rss");
    fixture("summit.atom");
    Results r = Results.read(reader, dir);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.input()).endsWith("broken.rss");
              assertThat(f.problem()).startsWith("malformed RSS/Atom feed");
            });
  }

  @Test
  void theSameItemInTwoFeedsGetsTheSameId() throws IOException {
    Path one = fixture("summit.atom");
    Path two = Files.copy(one, dir.resolve("mirror.xml"));
    assertThat(Results.read(reader, two).onlyArticle().id())
        .isEqualTo(Results.read(reader, one).onlyArticle().id());
  }

  private Results fromStdin(String prefix, String fixture) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/ingest/feeds/" + fixture)) {
      byte[] feed = in.readAllBytes();
      byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + feed.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      System.arraycopy(feed, 0, bytes, head.length, feed.length);
      Results r = new Results();
      reader.readStream(new ByteArrayInputStream(bytes), "stdin", r.all::add);
      return r;
    }
  }

  @Test
  void anRssFeedOnStandardInputIsReadItemByItemAsFromAFile() throws IOException {
    Results piped = fromStdin("\n  ", "coastal-world.rss");
    Results file = Results.read(reader, fixture("coastal-world.rss"));
    assertThat(piped.articles()).hasSize(2);
    assertThat(piped.articles().stream().map(Article::id))
        .containsExactlyElementsOf(file.articles().stream().map(Article::id).toList());
    assertThat(piped.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.input()).isEqualTo("stdin#3"));
  }

  @Test
  void anAtomFeedOnStandardInputIsRecognisedAfterAByteOrderMark() throws IOException {
    Results piped = fromStdin("\uFEFF", "summit.atom");
    assertThat(piped.failures()).isEmpty();
    assertThat(piped.articles())
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.id()).startsWith("feed-"));
  }

  @Test
  void aBrokenFeedOnStandardInputIsOneFailureNamingStdin() throws IOException {
    Results piped = fromStdin("", "broken.rss");
    assertThat(piped.articles()).isEmpty();
    assertThat(piped.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.input()).isEqualTo("stdin");
              assertThat(f.problem()).startsWith("malformed RSS/Atom feed");
            });
  }

  @Test
  void anHtmlPageOnStandardInputIsReadAsHtml() {
    Results page =
        Results.stream(
            reader,
            "<!DOCTYPE html><html><head><title>Envoys meet</title></head><body><p>Envoys of two"
                + " neighbouring states met in a border town on Monday to talk about the water of"
                + " a river that both of them draw on for their farms, officials said.</p></body>"
                + "</html>");
    assertThat(page.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).doesNotContain("<p>"));
  }
}
