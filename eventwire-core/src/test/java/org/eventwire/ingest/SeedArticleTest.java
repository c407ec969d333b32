package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.ingest.Fixtures.of;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.PublishedDate.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the project's seed article from the shared folder, when that folder is present. */
class SeedArticleTest {

  private static Path seed() throws IOException {
    String shared = System.getProperty("eventwire.shared");
    Assumptions.assumeTrue(shared != null, "eventwire.shared is not set");
    Path folder = Path.of(shared, "seed");
    Assumptions.assumeTrue(Files.isDirectory(folder), "no seed folder at " + folder);
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .findFirst()
          .orElseThrow(() -> new org.opentest4j.TestAbortedException("no seed article"));
    }
  }

  @Test
  void theSeedArticleGivesAllItsWireParts() throws IOException {
    Article a = Results.read(new ArticleReader(ReaderOptions.defaults()), seed()).onlyArticle();
    ArticleLayout l = a.layout();
    String text = a.text();

    assertThat(of(l.caption(), text)).isNotBlank().doesNotContain("MANDATORY");
    assertThat(of(l.credit(), text)).startsWith("EFE-EPA").endsWith("MANDATORY CREDIT");
    assertThat(of(l.headline(), text)).isNotBlank().doesNotEndWith(".");
    assertThat(l.dateline().place()).isEqualTo("Seoul");
    assertThat(l.dateline().agency()).isEqualTo("EFE");
    assertThat(l.dateline().month()).isEqualTo(12);
    assertThat(l.dateline().day()).isEqualTo(13);
    assertThat(of(l.signoff(), text)).endsWith("asb/am");
    assertThat(of(l.body(), text)).doesNotContain("asb/am").doesNotEndWith("EFE");
    assertThat(l.body().start()).isGreaterThanOrEqualTo(l.dateline().span().end());
  }

  @Test
  void theSeedArticleDateIsInferredFromItsText() throws IOException {
    Article a = Results.read(new ArticleReader(ReaderOptions.defaults()), seed()).onlyArticle();

    assertThat(a.published().date()).isEqualTo(LocalDate.of(2023, 12, 13));
    assertThat(a.published().source()).isEqualTo(Source.INFERRED);
  }
}
