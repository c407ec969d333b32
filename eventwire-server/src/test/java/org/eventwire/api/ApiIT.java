package org.eventwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Json;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on a random port, against a real DuckDB store seeded without CoreNLP. */
class ApiIT {
  private static final String TOKEN = "test-token-4f1c9a";
  private static final ObjectMapper JSON = Json.newMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static EventStore store;
  private static ApiServer server;
  private static String base;

  @BeforeAll
  static void start() {
    Path db = dir.resolve("api.duckdb");
    SeedStore.fill(db);
    store = EventStore.open(db);
    ServerConfig config = ServerConfig.local(db, 0).withToken(TOKEN);
    server = new ApiServer(config, store, KnowledgeBase.loadDefault(), SeedStore::fakePipeline);
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  /** A response: status, headers and body parsed as JSON. */
  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  static Reply get(String base, String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  private static Reply get(String path) throws IOException, InterruptedException {
    return get(base, path);
  }

  private static Reply post(String body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/api/articles"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  private static Reply send(HttpRequest r) throws IOException, InterruptedException {
    HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    JsonNode body = res.body().isEmpty() ? null : JSON.readTree(res.body());
    return new Reply(res.statusCode(), body, res);
  }

  private static List<String> ids(JsonNode events) {
    List<String> out = new ArrayList<>();
    events.forEach(e -> out.add(e.get("id").asText()));
    return out;
  }

  @Test
  void healthCountsTheStoredArticlesAndEvents() throws Exception {
    Reply r = get("/api/health");
    assertThat(r.status()).isEqualTo(200);
    // 14 seeded events in 2 articles, and one more of each once the upload test has run
    assertThat(r.body().get("events").asLong()).isBetween(14L, 15L);
    assertThat(r.body().get("articles").asLong()).isBetween(2L, 3L);
    assertThat(r.body().get("writes").asBoolean()).isTrue();
  }

  @Test
  void eventsAreFilteredByActorRecipientAndTypeAsContractRecords() throws Exception {
    Reply r = get("/api/events?actor=RUS&recipient=PRK&type=aid");
    assertThat(ids(r.body().get("events"))).containsExactly(SeedStore.FUEL);
    JsonNode e = r.body().get("events").get(0);
    assertThat(e.get("quad_class").asInt()).isEqualTo(2);
    assertThat(e.get("cluster_id").asText()).isEqualTo(SeedStore.FUEL);
    assertThat(e.get("sanctions").get(0).get("basis").asText()).startsWith("UNSCR 2397");
  }

  @Test
  void eventsArePagedWithHasMoreAndSortedByDate() throws Exception {
    String year = "&from=2024-01-01&to=2024-12-31";
    Reply first = get("/api/events?limit=5&sort=date" + year);
    Reply last = get("/api/events?limit=5&offset=10&sort=date" + year);
    assertThat(first.body().get("has_more").asBoolean()).isTrue();
    assertThat(ids(first.body().get("events"))).hasSize(5).startsWith("ev-t1");
    assertThat(last.body().get("has_more").asBoolean()).isFalse();
    assertThat(ids(last.body().get("events"))).hasSize(4);
  }

  @Test
  void eventsAreFilteredByDatesTextModalityAndSanctions() throws Exception {
    assertThat(ids(get("/api/events?from=2024-11-01&to=2024-12-31").body().get("events")))
        .containsExactlyInAnyOrder("ev-t11", "ev-t12");
    assertThat(ids(get("/api/events?text=RAIL%20BRIDGE").body().get("events")))
        .containsExactly(SeedStore.MEET);
    assertThat(ids(get("/api/events?modality=attributed").body().get("events")))
        .containsExactly(SeedStore.FUEL);
    assertThat(ids(get("/api/events?sanctions=true").body().get("events")))
        .containsExactly(SeedStore.FUEL);
    assertThat(ids(get("/api/events?cluster=ev-meet").body().get("events")))
        .containsExactly(SeedStore.MEET);
  }

  @Test
  void aQuoteInAFilterIsOnlyAValueNeverSql() throws Exception {
    Reply r = get("/api/events?actor=x%27%20OR%201%3D1%20--");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("events")).isEmpty();
  }

  @Test
  void badParametersAre400WithAMessageNamingTheParameter() throws Exception {
    String[][] cases = {
      {"/api/events?from=yesterday", "from"},
      {"/api/events?limit=100000", "limit"},
      {"/api/events?limit=ten", "limit"},
      {"/api/events?offset=-1", "offset"},
      {"/api/events?type=HUG", "type"},
      {"/api/events?modality=sure", "modality"},
      {"/api/events?sort=random", "sort"},
      {"/api/events?sanctions=maybe", "sanctions"},
      {"/api/dyads/PRK/RUS/timeline?interval=year", "interval"},
      {"/api/actors", "q"},
      {"/api/network?limit=0", "limit"},
      {"/api/sanctions?to=2024-13-01", "to"}
    };
    for (String[] c : cases) {
      Reply r = get(c[0]);
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      assertThat(r.body().get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(r.body().get("message").asText()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void anEventComesWithItsEvidenceClusterAndArticle() throws Exception {
    Reply r = get("/api/events/" + SeedStore.MEET);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/event/evidence/trigger").asText()).isEqualTo("met");
    assertThat(r.body().at("/cluster/n_articles").asInt()).isEqualTo(1);
    assertThat(r.body().at("/article/id").asText()).isEqualTo(SeedStore.ARTICLE);
  }

  @Test
  void unknownIdsAndEndpointsAre404Json() throws Exception {
    for (String path :
        List.of("/api/events/nope", "/api/clusters/nope", "/api/articles/nope", "/api/nothing")) {
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body().get("message").asText()).as(path).isNotBlank();
    }
  }

  @Test
  void aClusterShowsItsCountsAndEvents() throws Exception {
    Reply r = get("/api/clusters/" + SeedStore.FUEL);
    assertThat(r.body().at("/cluster/cluster_id").asText()).isEqualTo(SeedStore.FUEL);
    assertThat(ids(r.body().get("events"))).containsExactly(SeedStore.FUEL);
  }

  @Test
  void theDyadTimelineCountsBothDirectionsPerMonth() throws Exception {
    Reply r = get("/api/dyads/PRK/RUS/timeline?interval=month");
    JsonNode points = r.body().get("points");
    long toward = 0;
    long back = 0;
    for (JsonNode p : points) {
      if (p.get("direction").asText().equals("a_to_b")) {
        toward += p.get("events").asLong();
      } else {
        back += p.get("events").asLong();
      }
    }
    assertThat(toward).isEqualTo(7); // the meeting and six odd months
    assertThat(back).isEqualTo(7); // the fuel and six even months
    assertThat(points.get(0).get("period").asText()).isEqualTo("2024-01-01");
  }

  @Test
  void theNetworkHasBothDirectedEdges() throws Exception {
    JsonNode edges = get("/api/network?from=2024-01-01&to=2024-12-31").body().get("edges");
    assertThat(edges).hasSize(2);
    assertThat(edges.get(0).get("events").asInt()).isEqualTo(7);
  }

  @Test
  void theActorSearchFindsKnowledgeBaseEntriesByNameAndCode() throws Exception {
    JsonNode byName = get("/api/actors?q=korea").body().get("actors");
    assertThat(byName).anySatisfy(a -> assertThat(a.get("country").asText()).isEqualTo("PRK"));
    JsonNode byCode = get("/api/actors?q=PRK").body().get("actors");
    assertThat(byCode.get(0).get("name").asText()).containsIgnoringCase("korea");
  }

  @Test
  void anOrganisationsCodeStacksItsRolesAsTheCoderDoes() throws Exception {
    JsonNode hits = get("/api/actors?q=brotherhood").body().get("actors");
    assertThat(hits)
        .anySatisfy(a -> assertThat(a.get("code").asText()).isEqualTo("EGYOPPMUS"))
        .allSatisfy(a -> assertThat(a.get("sector").asText()).isNotEqualTo("OPPMUS"));
  }

  @Test
  void theArticleComesWithSpansOfEvidenceTriggerActorsDateAndPlace() throws Exception {
    Reply r = get("/api/articles/" + SeedStore.ARTICLE);
    String text = r.body().get("text").asText();
    List<String> marked = new ArrayList<>();
    for (JsonNode s : r.body().get("spans")) {
      if (s.get("event_id").asText().equals(SeedStore.MEET)) {
        String words = text.substring(s.get("start").asInt(), s.get("end").asInt());
        marked.add(s.get("kind").asText() + ":" + words);
      }
    }
    assertThat(marked)
        .contains(
            "TRIGGER:met",
            "ACTOR:North Korean",
            "RECIPIENT:Russian",
            "DATE:on Tuesday",
            "PLACE:Vladivostok");
    assertThat(r.body().get("events")).hasSize(2);
  }

  @Test
  void theSanctionsWatchListsFlaggedEventsWithTheirBasis() throws Exception {
    JsonNode events = get("/api/sanctions").body().get("events");
    assertThat(ids(events)).containsExactly(SeedStore.FUEL);
    assertThat(events.get(0).at("/sanctions/0/regime").asText()).isEqualTo("UNSC-1718");
  }

  @Test
  void anUploadWithoutATokenIsRefusedWith401() throws Exception {
    Reply r = post("{\"id\":\"x1\",\"text\":\"Some words.\"}", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void anUploadWithAWrongTokenIsRefusedWith401() throws Exception {
    assertThat(post("{\"id\":\"x1\",\"text\":\"Some words.\"}", "Bearer " + TOKEN + "x").status())
        .isEqualTo(401);
    assertThat(post("{\"id\":\"x1\",\"text\":\"Some words.\"}", TOKEN).status()).isEqualTo(401);
  }

  @Test
  void anUploadWithTheTokenIsCodedAndStoredOnceOnly() throws Exception {
    String body =
        JSON.writeValueAsString(
            new WriteRoutes.ArticleInput(
                "upload-1",
                "BERLIN (Test Wire) - Diplomats of the two countries met in Berlin on Friday to"
                    + " talk about trade, shipping and the weather over the Baltic Sea, and they"
                    + " agreed to meet again in the spring, a spokesman for the ministry said.",
                "2024-05-03",
                "Invented upload",
                "Test Wire",
                null));
    // a cached answer from before the upload must not hide it afterwards
    assertThat(get("/api/events/upload-1-consult").status()).isEqualTo(404);
    assertThat(get("/api/events?actor=FRA").body().get("events")).isEmpty();
    Reply first = post(body, "Bearer " + TOKEN);
    Reply again = post(body, "Bearer " + TOKEN);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().get("events").get(0).asText()).isEqualTo("upload-1-consult");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("status").asText()).isEqualTo("duplicate");
    assertThat(get("/api/events/upload-1-consult").status()).isEqualTo(200);
    assertThat(ids(get("/api/events?actor=FRA").body().get("events")))
        .containsExactly("upload-1-consult");
  }

  @Test
  void anUploadThatIsNotAnArticleIs400() throws Exception {
    assertThat(post("not json", "Bearer " + TOKEN).status()).isEqualTo(400);
    Reply noText = post("{\"id\":\"x2\"}", "Bearer " + TOKEN);
    assertThat(noText.status()).isEqualTo(400);
    assertThat(noText.body().get("parameter").asText()).isEqualTo("text");
  }

  @Test
  void anOversizedBodyIsRefusedWith413() throws Exception {
    String big = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(800_000) + "\"}";
    Reply r = post(big, "Bearer " + TOKEN);
    assertThat(r.status()).isEqualTo(413);
  }

  @Test
  void errorsNeverCarryAStackTrace() throws Exception {
    Reply r = get("/api/events?from=2024-02-30");
    assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + "/api/health"))
            .header("Origin", "https://elsewhere.example")
            .build();
    HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theOpenApiDescriptionListsEveryEndpoint() throws Exception {
    JsonNode paths = get("/api/openapi.json").body().get("paths");
    assertThat(paths.fieldNames())
        .toIterable()
        .contains(
            "/api/health",
            "/api/events",
            "/api/events/{id}",
            "/api/clusters/{id}",
            "/api/dyads/{a}/{b}/timeline",
            "/api/actors",
            "/api/articles/{id}",
            "/api/articles",
            "/api/sanctions",
            "/api/network");
  }
}
