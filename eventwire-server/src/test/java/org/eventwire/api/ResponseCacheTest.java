package org.eventwire.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  private final ResponseCache cache = new ResponseCache(2);

  @Test
  void aKnownAnswerIsNotComputedAgainUntilTheCacheIsCleared() {
    AtomicInteger runs = new AtomicInteger();
    cache.get("a", () -> new byte[] {(byte) runs.incrementAndGet()});
    byte[] again = cache.get("a", () -> new byte[] {(byte) runs.incrementAndGet()});
    assertThat(again).containsExactly(1);
    cache.clear();
    assertThat(cache.get("a", () -> new byte[] {(byte) runs.incrementAndGet()})).containsExactly(2);
  }

  @Test
  void theLeastRecentlyUsedAnswerIsDroppedPastTheCapacity() {
    cache.get("a", () -> new byte[] {1});
    cache.get("b", () -> new byte[] {2});
    cache.get("a", () -> new byte[] {9});
    cache.get("c", () -> new byte[] {3});
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get("a", () -> new byte[] {9})).containsExactly(1);
    assertThat(cache.get("b", () -> new byte[] {7})).containsExactly(7);
  }

  @Test
  void aFailedComputationIsNotKept() {
    assertThatThrownBy(
            () ->
                cache.get(
                    "a",
                    () -> {
                      throw new ApiException(400, "bad", "x");
                    }))
        .isInstanceOf(ApiException.class);
    assertThat(cache.get("a", () -> new byte[] {5})).containsExactly(5);
  }

  @Test
  void concurrentRequestsForOneAnswerShareOneComputation() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    java.util.List<Future<byte[]>> all = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      all.add(
          pool.submit(
              () ->
                  cache.get(
                      "slow",
                      () -> {
                        runs.incrementAndGet();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return new byte[] {4};
                      })));
    }
    Thread.sleep(200);
    release.countDown();
    for (Future<byte[]> f : all) {
      assertThat(f.get()).containsExactly(4);
    }
    pool.shutdown();
    assertThat(runs).hasValue(1);
  }
}
