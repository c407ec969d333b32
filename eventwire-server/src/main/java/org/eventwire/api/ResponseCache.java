package org.eventwire.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Answers of read endpoints by request (path and query string), most recently used kept. Exact, not
 * approximate: only this process can write the store (DuckDB locks the file), and every write
 * through the API clears the cache. Concurrent requests for the same answer wait for one
 * computation instead of each running the query. A failed computation is not kept.
 */
final class ResponseCache {
  private final Map<String, CompletableFuture<byte[]>> answers;

  /** Keeps at most {@code capacity} answers. */
  ResponseCache(int capacity) {
    this.answers =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<byte[]>> e) {
            return size() > capacity;
          }
        };
  }

  /** The answer for {@code key}, computed by {@code compute} unless known or under way. */
  byte[] get(String key, Supplier<byte[]> compute) {
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> known;
    synchronized (answers) {
      known = answers.putIfAbsent(key, mine);
    }
    if (known != null) {
      try {
        return known.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      byte[] answer = compute.get();
      mine.complete(answer);
      return answer;
    } catch (RuntimeException e) {
      synchronized (answers) {
        answers.remove(key, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** Forgets every answer (after a write). */
  void clear() {
    synchronized (answers) {
      answers.clear();
    }
  }

  int size() {
    synchronized (answers) {
      return answers.size();
    }
  }
}
