package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.pipeline.Pipelines;
import org.eventwire.query.ClusterReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clusters through the real coder (CoreNLP): three outlets reporting one meeting in Moscow, one of
 * them through state media, and an earlier announcement of the visit.
 */
class ClusteringIT {
  @TempDir Path dir;

  @Test
  void threeReportsOfOneMeetingShareAClusterAndTheAnnouncementStaysApart() throws Exception {
    Path in = dir.resolve("moscow-talks.jsonl");
    try (InputStream s = getClass().getResourceAsStream("/store/clustering/moscow-talks.jsonl")) {
      Files.copy(s, in);
    }
    Path db = dir.resolve("c.duckdb");
    try (EventStore store = EventStore.open(db)) {
      new Ingestor(store, Pipelines.standard(NlpConfig.defaults()), IngestConfig.withThreads(1))
          .run(List.of(in), new ArticleReader(ReaderOptions.defaults()), IngestListener.silent());
      List<String> meetings =
          store.select(
              "SELECT article_id || ' ' || cluster_id || ' ' || modality || ' ' || coalesce(date, '-')"
                  + " FROM events WHERE type = 'CONSULT' ORDER BY article_id",
              List.of(),
              r -> r.getString(1));
      List<String> heldClusters =
          store.select(
              "SELECT DISTINCT cluster_id FROM events WHERE type = 'CONSULT'"
                  + " AND date = '2024-03-04' AND modality <> 'planned'",
              List.of(),
              r -> r.getString(1));
      // the coder also finds undated talks in some articles (other sentences); the dated reports
      // of Monday's meeting are the ones that must come together
      assertThat(heldClusters).as("clusters of the held meeting among %s", meetings).hasSize(1);
      ClusterDetail held = new ClusterReport(store).find(heldClusters.get(0)).orElseThrow();
      assertThat(held.cluster().nArticles()).as("%s", meetings).isEqualTo(3);
      assertThat(held.outlets()).containsExactly("Coastal Times", "Harbour Press", "Meridian News");
      assertThat(held.disagreements())
          .as("state media's report is attributed, the others assert")
          .extracting(Disagreement::kind)
          .contains("modality");
      assertThat(
              store.select(
                  "SELECT cluster_id FROM events WHERE article_id = 'plains-0220'",
                  List.of(),
                  r -> r.getString(1)))
          .as("%s", meetings)
          .doesNotContain(heldClusters.get(0));
    }
  }
}
