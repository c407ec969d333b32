package org.eventwire.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventwire.model.Article;
import org.eventwire.model.Event;

/**
 * Codes articles with a {@link Coder} on a small thread pool. An article whose coding throws is
 * recorded as an error; the others go on.
 */
public final class CodingRunner implements EventSource {

  /** Threads used when none are configured. */
  public static final int DEFAULT_THREADS = 2;

  private final Coder coder;
  private final int threads;

  public CodingRunner(Coder coder, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.coder = coder;
    this.threads = threads;
  }

  @Override
  public Map<String, CodedArticle> code(List<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CodedArticle>> futures =
          articles.stream().map(a -> pool.submit(() -> codeOne(a))).toList();
      Map<String, CodedArticle> out = new LinkedHashMap<>();
      for (Future<CodedArticle> future : futures) {
        CodedArticle coded = await(future);
        out.put(coded.articleId(), coded);
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private CodedArticle codeOne(Article article) {
    try {
      List<Event> events = coder.code(article);
      return CodedArticle.ok(article.id(), events == null ? List.of() : events);
    } catch (RuntimeException | StackOverflowError e) {
      return CodedArticle.failed(
          article.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static CodedArticle await(Future<CodedArticle> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed", e.getCause());
    }
  }
}
