package org.eventwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.PublishedDate;
import org.eventwire.model.TextSpan;
import org.junit.jupiter.api.Test;

class PrepareTextTest {

  @Test
  void everythingOutsideTheBodyIsBlankedAndOffsetsStayTheSame() {
    String text = "Headline here\n\nLIMA (AP) — Peru and Chile met.\n\nab/cd";
    int body = text.indexOf("Peru");
    int bodyEnd = text.indexOf("met.") + 4;
    ArticleLayout layout =
        new ArticleLayout(null, null, null, null, new TextSpan(body, bodyEnd), null);
    Article a = new Article("x", text, PublishedDate.none(), null, null, null, layout);

    String out = new PrepareText().apply(a).text();

    assertThat(out).hasSameSizeAs(text);
    assertThat(out.substring(body, bodyEnd)).isEqualTo("Peru and Chile met.");
    assertThat(out).doesNotContain("Headline").doesNotContain("ab/cd").doesNotContain("AP");
    assertThat(out.chars().filter(c -> c == '\n').count())
        .isEqualTo(text.chars().filter(c -> c == '\n').count());
  }
}
