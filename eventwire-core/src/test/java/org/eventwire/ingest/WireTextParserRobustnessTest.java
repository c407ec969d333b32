package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.TextSpan;
import org.junit.jupiter.api.Test;

class WireTextParserRobustnessTest {
  private static final List<String> FRAGMENTS =
      List.of(
          "SEOUL (Yonhap) --",
          "Paris, France | AFP |",
          "Lima, Jan 3 (EFE).-",
          "Photo: AFP",
          "REUTERS/Jane Placeholder",
          "(AP)",
          "EFE",
          "asb/am",
          "--30--",
          "(Reporting by Ann Example)",
          "Talks resume",
          "The ministers met on Monday.",
          "\n",
          "\n\n",
          "\r\n",
          " ",
          "—",
          "(",
          ")",
          "2023",
          "13 September 2023.");

  @Test
  void randomWireFragmentsAlwaysGiveSpansInsideTheTextInOrder() {
    Random random = new Random(20240521L);
    WireTextParser parser = new WireTextParser();
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      check(text.toString(), parser.parse(text.toString()));
    }
  }

  private static void check(String text, ArticleLayout l) {
    assertThat(l.body()).as(text).isNotNull();
    for (TextSpan span : spans(l)) {
      assertThat(span.end()).as(text).isLessThanOrEqualTo(text.length());
    }
    if (l.dateline() != null) {
      assertThat(l.body().start()).as(text).isGreaterThanOrEqualTo(l.dateline().span().end());
    }
    if (l.signoff() != null) {
      assertThat(l.signoff().start()).as(text).isGreaterThanOrEqualTo(l.body().end());
    }
    if (l.headline() != null) {
      assertThat(l.headline().end()).as(text).isLessThanOrEqualTo(l.body().start());
    }
  }

  private static List<TextSpan> spans(ArticleLayout l) {
    return Stream.of(
            l.caption(),
            l.credit(),
            l.headline(),
            l.dateline() == null ? null : l.dateline().span(),
            l.body(),
            l.signoff())
        .filter(Objects::nonNull)
        .toList();
  }
}
