package org.eventwire.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventwire.cli.CodeCommand;
import org.eventwire.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The batch job on Spark {@code local[2]} and {@code eventwire code} in the same JVM code the same
 * JSON Lines articles (samples plus PLOVER GSR sentences; {@code -Deventwire.batch.articles=N}, 40
 * by default): the Parquet output, read back into contract records, equals the CLI's output record
 * for record. It runs the real CoreNLP pipeline on this module's classpath, where Spark's Jackson
 * and protobuf win, so it also shows the two live together.
 */
class BatchJobIT {
  private static final int ARTICLES = Integer.getInteger("eventwire.batch.articles", 40);
  private static final int PARQUET_ARTICLES = 6;
  private static final ObjectMapper JSON = Json.newMapper();

  @TempDir static Path dir;
  private static SparkSession spark;
  private static List<String> articles;
  private static List<String> cliRecords;
  private static List<String> sparkRecords;
  private static BatchCounters counters;

  @BeforeAll
  static void codeTheSameArticlesWithTheCliAndWithSpark() throws IOException {
    articles = TestArticles.lines(ARTICLES);
    Path input = dir.resolve("articles.jsonl");
    Files.write(input, articles);
    cliRecords = codeWithTheCli(input);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("BatchJobIT")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    long t0 = System.nanoTime();
    Path out = dir.resolve("events");
    counters =
        job().run(new BatchJobConfig(input.toString(), out.toString(), InputFormat.JSONL, 2, null));
    sparkRecords = readBack(out);
    System.err.printf(
        "BatchJobIT: %d articles on local[2] in %.1f s: %s%n",
        ARTICLES, (System.nanoTime() - t0) / 1e9, counters.summary());
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static BatchJob job() {
    return new BatchJob(spark, PipelineHolder::get);
  }

  private static List<String> codeWithTheCli(Path input) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine code = new CommandLine(new CodeCommand(PipelineHolder::get));
    code.setOut(new PrintWriter(out, true));
    code.setErr(new PrintWriter(err, true));
    int exit = code.execute("--threads", "2", input.toString());
    assertThat(exit).as(err.toString()).isZero();
    return out.toString().lines().toList();
  }

  private static List<String> readBack(Path parquet) throws IOException {
    List<String> out = new ArrayList<>();
    for (Row r : spark.read().parquet(parquet.toString()).collectAsList()) {
      out.add(JSON.writeValueAsString(EventColumns.event(r)));
    }
    return out;
  }

  private static Map<String, String> byId(List<String> records) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String r : records) {
      out.put(JSON.readTree(r).get("id").asText(), r);
    }
    return out;
  }

  @Test
  void sparkWritesExactlyTheRecordsTheCliPrints() throws IOException {
    assertThat(cliRecords).hasSizeGreaterThan(ARTICLES / 2);
    assertThat(byId(sparkRecords)).containsExactlyInAnyOrderEntriesOf(byId(cliRecords));
  }

  @Test
  void noEventIdRepeatsSoTheComparisonIsRecordForRecord() throws IOException {
    assertThat(byId(cliRecords)).hasSameSizeAs(cliRecords);
    assertThat(byId(sparkRecords)).hasSameSizeAs(sparkRecords);
  }

  @Test
  void everyArticleIsCodedOnceAndNoneIsRefused() {
    assertThat(counters.articles().value()).isEqualTo(ARTICLES);
    assertThat(counters.failed().value()).isZero();
    assertThat(counters.events().value()).isEqualTo(sparkRecords.size());
  }

  @Test
  void bothWireArticlesAndOneSentenceArticlesGiveEvents() throws IOException {
    Set<String> ids = articleIds(sparkRecords);
    assertThat(ids).anyMatch(id -> id.startsWith("PLOVER-GSR"));
    assertThat(ids).anyMatch(id -> !id.startsWith("PLOVER-GSR"));
  }

  @Test
  void parquetArticlesGiveTheSameRecordsAsJsonLines() throws IOException {
    Path jsonl = dir.resolve("few.jsonl");
    List<String> few = new ArrayList<>(articles.subList(0, PARQUET_ARTICLES / 2));
    few.addAll(articles.subList(articles.size() - PARQUET_ARTICLES / 2, articles.size()));
    Files.write(jsonl, few);
    Path parquet = dir.resolve("few.parquet");
    spark.read().json(jsonl.toString()).write().parquet(parquet.toString());
    Path out = dir.resolve("few-events");
    job().run(BatchJobConfig.parse("--input", parquet.toString(), "--output", out.toString()));
    Set<String> wanted = articleIds(few);
    List<String> expected = cliRecords.stream().filter(r -> wanted.contains(articleId(r))).toList();
    assertThat(expected).isNotEmpty();
    assertThat(byId(readBack(out))).containsExactlyInAnyOrderEntriesOf(byId(expected));
  }

  private static Set<String> articleIds(List<String> records) {
    return records.stream().map(BatchJobIT::articleId).collect(Collectors.toSet());
  }

  private static String articleId(String json) {
    try {
      var node = JSON.readTree(json);
      return node.has("article_id") ? node.get("article_id").asText() : node.get("id").asText();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
