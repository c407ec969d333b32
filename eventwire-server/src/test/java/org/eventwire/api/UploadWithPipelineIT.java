package org.eventwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventwire.model.Json;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.pipeline.Pipelines;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one API test with the real pipeline (CoreNLP): a sample article posted over HTTP is coded and
 * stored, and the reader's evidence spans point at the coded sentences in the stored text.
 */
class UploadWithPipelineIT {
  private static final Path SAMPLE =
      Path.of("..", "samples", "articles", "afp-2024-01-12-us-uk-strike-huthis.txt");
  private static final String TOKEN = "pipeline-test-token";

  @TempDir Path dir;

  @Test
  void aPostedSampleArticleIsCodedStoredAndShownWithItsEvidence() throws Exception {
    ObjectMapper json = Json.newMapper();
    Path db = dir.resolve("upload.duckdb");
    String text = Files.readString(SAMPLE);
    try (EventStore store = EventStore.open(db);
        ApiServer server =
            new ApiServer(
                ServerConfig.local(db, 0).withToken(TOKEN),
                store,
                KnowledgeBase.loadDefault(),
                () -> Pipelines.standard(NlpConfig.defaults()))) {
      String base = "http://127.0.0.1:" + server.start();
      HttpClient http = HttpClient.newHttpClient();
      String body =
          json.writeValueAsString(
              new WriteRoutes.ArticleInput("sample-upload", text, "2024-01-12", null, "AFP", null));
      HttpResponse<String> posted =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                  .header("Authorization", "Bearer " + TOKEN)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
      assertThat(json.readTree(posted.body()).get("events")).isNotEmpty();

      JsonNode view =
          json.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/articles/sample-upload"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      String stored = view.get("text").asText();
      int evidence = 0;
      for (JsonNode s : view.get("spans")) {
        if (s.get("kind").asText().equals("EVIDENCE")) {
          evidence++;
          assertThat(stored.substring(s.get("start").asInt(), s.get("end").asInt()))
              .isEqualTo(s.get("text").asText());
        }
      }
      assertThat(evidence).isEqualTo(view.get("events").size());
    }
  }
}
