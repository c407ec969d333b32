package org.eventwire.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.store.ArticleCopy;
import org.eventwire.store.ArticleHashes;
import org.eventwire.store.EventStore;
import org.eventwire.store.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void fill() {
    db = dir.resolve("x.duckdb");
    try (EventStore store = EventStore.open(db)) {
      for (int i = 0; i < 3; i++) {
        Article a =
            TestEvents.article("a" + i, TestEvents.text(i), "EFE", "https://efe.example/" + i);
        store.storeArticle(a, ArticleHashes.of(a.text()), TestEvents.twoEvents(a), 1);
      }
      Article r = TestEvents.article("r", TestEvents.text(9), "AP", "https://ap.example/r");
      Event reciprocal =
          TestEvents.event(
              "r-meet",
              "r",
              PloverType.CONSULT,
              "040",
              List.of(
                  TestEvents.country("PRK", "North Korea"), TestEvents.country("RUS", "Russia")),
              List.of(
                  TestEvents.country("PRK", "North Korea"), TestEvents.country("RUS", "Russia")),
              "2023-12-12",
              Modality.ASSERTED,
              List.of(),
              "The two sides held talks.");
      store.storeArticle(r, ArticleHashes.of(r.text()), List.of(reciprocal), 1);
      store.addCopy("r", new ArticleCopy("r2", "Reuters", "https://reuters.example/r2", "x"), 2);
    }
  }

  private Path export(ExportFormat f, String name) {
    Path out = dir.resolve(name);
    try (EventStore store = EventStore.open(db)) {
      long n = new Exporter(store, TestEvents.JSON).export(EventQuery.all(), f, out);
      assertThat(n).isEqualTo(7);
    }
    return out;
  }

  @Test
  void jsonLinesCarryTheContractFieldsAndAClusterIdOnEveryRecord() throws Exception {
    List<String> lines = Files.readAllLines(export(ExportFormat.JSONL, "e.jsonl"));
    assertThat(lines).hasSize(7);
    for (String line : lines) {
      JsonNode n = TestEvents.JSON.readTree(line);
      // the four reports of the 12 December talks share the first report's cluster; the undated
      // launches stay apart (two undated records are never joined)
      String expected =
          n.path("type").asText().equals("CONSULT") ? "a0-consult" : n.path("id").asText();
      assertThat(n.path("cluster_id").asText()).isEqualTo(expected);
      assertThat(n.has("article_id")).isTrue();
      assertThat(n.has("quad_class")).isTrue();
      assertThat(n.path("evidence").has("sentence_index")).isTrue();
      // a contract record minus cluster_id reads back as the model's Event
      ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("cluster_id");
      assertThat(TestEvents.JSON.treeToValue(n, Event.class).id()).isEqualTo(n.path("id").asText());
    }
  }

  @Test
  void parquetIsWrittenByDuckDbAndReadsBackThroughReadParquet() throws Exception {
    Path out = export(ExportFormat.PARQUET, "events.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement p =
            c.prepareStatement(
                "SELECT count(*), count(cluster_id), min(cameo), max(cluster_n_copies)"
                    + " FROM read_parquet(?)")) {
      p.setString(1, out.toString());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo(7);
        assertThat(r.getLong(2)).isEqualTo(7);
        assertThat(r.getString(3)).isEqualTo("040");
        assertThat(r.getInt(4)).isEqualTo(5); // the talks: four articles, one with a copy
      }
    }
  }

  @Test
  void gdeltRowsHaveSixtyOneColumnsAndZeroPaddedCameoCodes() throws Exception {
    List<String> lines = Files.readAllLines(export(ExportFormat.CSV_GDELT, "e.csv"));
    assertThat(GdeltRow.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE");
    assertThat(GdeltRow.COLUMNS).endsWith("DATEADDED", "SOURCEURL");
    assertThat(lines).hasSize(7);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertThat(f).hasSize(61);
      rows.add(f);
    }
    String[] meet =
        rows.stream().filter(f -> f[col("EventCode")].equals("040")).findFirst().orElseThrow();
    assertThat(meet[col("SQLDATE")]).isEqualTo("20231212");
    assertThat(meet[col("EventBaseCode")]).isEqualTo("040");
    assertThat(meet[col("EventRootCode")]).isEqualTo("04");
    assertThat(meet[col("Actor1Code")]).isEqualTo("PRKGOV");
    assertThat(meet[col("Actor1CountryCode")]).isEqualTo("PRK");
    assertThat(meet[col("Actor1Type1Code")]).isEqualTo("GOV");
    // reciprocal: Actor2 is the first recipient that is not Actor1
    assertThat(meet[col("Actor2Code")]).isEqualTo("RUSGOV");
    // the talks' cluster: EFE (three articles), AP and its Reuters copy
    assertThat(meet[col("NumSources")]).isEqualTo("3");
    assertThat(meet[col("NumArticles")]).isEqualTo("5");
    assertThat(meet[col("GoldsteinScale")]).isEmpty();
    assertThat(meet[col("ActionGeo_Type")]).isEqualTo("4");
    assertThat(meet[col("ActionGeo_Lat")]).isEqualTo("39.0300");
    // FIPS 10-4, as GDELT: North Korea is KN (ISO's KP/PRK)
    assertThat(meet[col("ActionGeo_CountryCode")]).isEqualTo("KN");
    assertThat(meet[col("ActionGeo_ADM1Code")]).isEmpty(); // a city: no FIPS division code
    assertThat(meet[col("SOURCEURL")]).isEqualTo("https://ap.example/r");
    assertThat(meet[col("DATEADDED")]).matches("\\d{14}");
    assertThat(rows.stream().map(f -> f[col("EventCode")])).containsOnly("040", "042", "152");
    // an undated event takes the publication day, as GDELT does
    String[] launch =
        rows.stream().filter(f -> f[col("EventCode")].equals("152")).findFirst().orElseThrow();
    assertThat(launch[col("SQLDATE")]).isEqualTo("20231213");
    assertThat(launch[col("Actor2Code")]).isEmpty();
  }

  @Test
  void ploverRecordsUseThePloverFieldNamesWithTheClusterAsLink() throws Exception {
    List<String> lines =
        Files.readAllLines(export(ExportFormat.PLOVER, "e.plover.jsonl"), StandardCharsets.UTF_8);
    JsonNode n =
        lines.stream()
            .map(
                l -> {
                  try {
                    return TestEvents.JSON.readTree(l);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .filter(j -> j.path("id").asText().equals("r-meet"))
            .findFirst()
            .orElseThrow();
    assertThat(n.path("event").get(0).asText()).isEqualTo("CONSULT");
    assertThat(n.path("date").asText()).isEqualTo("2023-12-12");
    assertThat(n.path("actor").get(0).path("code").asText()).isEqualTo("PRK");
    assertThat(n.path("actor").get(0).path("sector").asText()).isEqualTo("GOV");
    assertThat(n.path("recipient")).hasSize(2);
    assertThat(n.path("link").asText()).isEqualTo("a0-consult");
    assertThat(n.path("event_loc").path("geonameid").asLong()).isEqualTo(1871859L);
    assertThat(n.path("quad_code").asInt()).isEqualTo(1);
    assertThat(n.path("cite_info").path("url").asText()).isEqualTo("https://ap.example/r");
  }

  private static int col(String name) {
    int i = GdeltRow.COLUMNS.indexOf(name);
    assertThat(i).as(name).isNotNegative();
    return i;
  }
}
