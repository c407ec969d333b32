package org.eventwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started without a token refuses writes; one started with --cors allows that origin. */
class ReadOnlyServerIT {
  @TempDir Path dir;

  @Test
  void withoutATokenUploadsAreForbiddenAndTheConfiguredOriginIsAllowed() throws Exception {
    Path db = dir.resolve("ro.duckdb");
    SeedStore.fill(db);
    String origin = "https://analysts.example";
    try (EventStore store = EventStore.open(db);
        ApiServer server =
            new ApiServer(
                ServerConfig.local(db, 0).withCors(origin),
                store,
                KnowledgeBase.loadDefault(),
                () -> {
                  throw new AssertionError("a read-only server never loads the pipeline");
                })) {
      String base = "http://127.0.0.1:" + server.start();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> upload =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                  .header("Authorization", "Bearer anything")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"a\",\"text\":\"b\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/health"))
                  .header("Origin", origin)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(upload.statusCode()).isEqualTo(403);
      assertThat(upload.body()).contains("--token-env");
      assertThat(health.headers().firstValue("Access-Control-Allow-Origin")).contains(origin);
      assertThat(health.body()).contains("\"writes\":false");
    }
  }
}
