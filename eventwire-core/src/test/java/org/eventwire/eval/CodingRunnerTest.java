package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.eventwire.model.Article;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class CodingRunnerTest {
  private static final List<Article> ARTICLES =
      IntStream.range(0, 12)
          .mapToObj(i -> SentenceArticles.of("s" + i, "sentence " + i, LocalDate.of(2001, 1, 1)))
          .toList();

  @Test
  void everyArticleIsCodedInOrderOnThePool() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Coder coder =
        a -> {
          threads.add(Thread.currentThread().getName());
          return List.of(TestEvents.event(PloverType.AGREE).article(a.id()).build());
        };
    Map<String, CodedArticle> coded = new CodingRunner(coder, 3).code(ARTICLES);

    assertThat(coded.keySet())
        .containsExactlyElementsOf(ARTICLES.stream().map(Article::id).toList());
    assertThat(coded.values()).allSatisfy(c -> assertThat(c.events()).hasSize(1));
    assertThat(threads).doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void aFailingArticleIsRecordedAsAnErrorAndTheRunGoesOn() {
    Coder coder =
        a -> {
          if (a.id().equals("s3")) {
            throw new IllegalStateException("parser fell over");
          }
          return List.of();
        };
    Map<String, CodedArticle> coded = new CodingRunner(coder, 2).code(ARTICLES);

    assertThat(coded).hasSize(12);
    assertThat(coded.get("s3").error()).isEqualTo("IllegalStateException: parser fell over");
    assertThat(coded.values().stream().filter(CodedArticle::failed)).hasSize(1);
  }

  @Test
  void sentenceArticlesCarryTheRecordDateAsMetadata() {
    Article a = ARTICLES.get(0);
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2001, 1, 1));
    assertThat(a.layout().body().of(a.text())).isEqualTo("sentence 0");
    assertThat(a.title()).isNull();
  }

  @Test
  void fewerThanOneThreadIsRejected() {
    assertThatThrownBy(() -> new CodingRunner(a -> List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
