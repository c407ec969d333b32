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

class HtmlReadingTest {
  private static final String PARAGRAPH =
      "The two ministers met in the capital on Monday and agreed to expand trade in grain and "
          + "fertiliser, the foreign ministry said in a statement.";

  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  private Article read(String name, String html) throws IOException {
    return Results.read(reader, Files.writeString(dir.resolve(name), html)).onlyArticle();
  }

  @Test
  void theArticleTextIsKeptAndBoilerplateDropped() throws IOException {
    Article a = read("harbour-deal.html", Fixtures.text("page.html"));

    assertThat(a.id()).isEqualTo("harbour-deal");
    assertThat(a.text())
        .startsWith("ACCRA (Reuters) - Ghana and Togo signed")
        .contains("landlocked neighbours")
        .endsWith("due to begin in the autumn.")
        .doesNotContain("Share this story", "Related:", "newsletter", "Copyright", "Home", "alert")
        .doesNotContain("hacked", "fetch(");
  }

  @Test
  void metadataGivesTitleDateSourceAndUrl() throws IOException {
    Article a = read("page.html", Fixtures.text("page.html"));

    assertThat(a.title()).isEqualTo("Ghana and Togo sign harbour deal");
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 5, 21));
    assertThat(a.published().source()).isEqualTo(Source.METADATA);
    assertThat(a.source()).isEqualTo("Example Courier");
    assertThat(a.url()).isEqualTo("https://news.example.org/harbour-deal");
  }

  @Test
  void wireCopyInAPageGetsItsDateline() throws IOException {
    Article a = read("page.html", Fixtures.text("page.html"));

    assertThat(a.layout().dateline().place()).isEqualTo("ACCRA");
    assertThat(a.layout().body().of(a.text())).startsWith("Ghana and Togo signed");
  }

  @Test
  void withoutAnArticleElementTheDensestBlockOfParagraphsWins() throws IOException {
    String html =
        "<html><head><title>Grain talks</title></head><body>"
            + "<div id='top'><p>Breaking: short teaser.</p></div>"
            + "<div id='story'><p>"
            + PARAGRAPH
            + "</p><p>"
            + PARAGRAPH
            + "</p></div>"
            + "<div class='comments'><p>"
            + PARAGRAPH
            + PARAGRAPH
            + PARAGRAPH
            + "</p></div>"
            + "</body></html>";

    Article a = read("grain.htm", html);

    assertThat(a.title()).isEqualTo("Grain talks");
    assertThat(a.text()).isEqualTo(PARAGRAPH + "\n\n" + PARAGRAPH);
  }

  @Test
  void theTitleFallsBackToTheFirstHeading() throws IOException {
    Article a =
        read("h.html", "<html><body><h1>Ports reopen</h1><p>" + PARAGRAPH + "</p></body></html>");

    assertThat(a.title()).isEqualTo("Ports reopen");
  }

  @Test
  void aTimeElementOrJsonLdGivesTheDate() throws IOException {
    String ld =
        "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
            + " \"datePublished\": \"2022-04-09T10:00:00Z\"}</script></head><body><p>"
            + PARAGRAPH
            + "</p></body></html>";
    String time =
        "<html><body><time datetime='2021-11-02'>2 Nov</time><p>"
            + PARAGRAPH
            + "</p></body></html>";

    assertThat(read("ld.html", ld).published().date()).isEqualTo(LocalDate.of(2022, 4, 9));
    assertThat(read("time.html", time).published().date()).isEqualTo(LocalDate.of(2021, 11, 2));
  }

  @Test
  void aPageWithoutTextIsAFailure() throws IOException {
    Path page =
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Menu</nav></body></html>");

    assertThat(Results.read(reader, page).onlyFailure().problem()).contains("no article text");
  }

  @Test
  void listItemsAndSubheadingsBecomeParagraphsOnce() throws IOException {
    String html =
        "<html><body><article><p>"
            + PARAGRAPH
            + "</p><h2>What next</h2>"
            + "<ul><li><p>Inspections start next week.</p></li></ul></article></body></html>";

    Article a = read("list.html", html);

    assertThat(a.text()).isEqualTo(PARAGRAPH + "\n\nWhat next\n\nInspections start next week.");
  }

  @Test
  void aPageWideWrapperNamedLikeBoilerplateIsNotDropped() throws IOException {
    String html =
        "<html><body><div class='page share-enabled'><div><p>"
            + PARAGRAPH
            + "</p><p>"
            + PARAGRAPH
            + "</p></div><div class='share'><p>Share it.</p></div></div></body></html>";

    Article a = read("wrapped.html", html);

    assertThat(a.text()).isEqualTo(PARAGRAPH + "\n\n" + PARAGRAPH);
  }
}
