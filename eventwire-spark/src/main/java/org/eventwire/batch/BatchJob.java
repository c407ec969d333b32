package org.eventwire.batch;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: reads articles (JSON Lines or Parquet), codes them partition by partition with the
 * executor's one pipeline ({@link PipelineHolder}) and writes the events as Parquet ({@link
 * EventColumns}). Run it with {@code spark-submit --class org.eventwire.batch.BatchJob JAR --input
 * PATH --output PATH}.
 */
public final class BatchJob {
  private final SparkSession spark;
  private final PartitionCoder.PipelineSource pipelines;

  public BatchJob(SparkSession spark, PartitionCoder.PipelineSource pipelines) {
    this.spark = spark;
    this.pipelines = pipelines;
  }

  public static void main(String[] args) {
    BatchJobConfig config;
    try {
      config = BatchJobConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("eventwire batch: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("eventwire batch coding").getOrCreate();
    try {
      BatchCounters counters = new BatchJob(spark, PipelineHolder::get).run(config);
      System.err.println("eventwire batch: " + counters.summary() + "; wrote " + config.output());
    } finally {
      spark.stop();
    }
  }

  /** Codes {@code config.input()} into Parquet at {@code config.output()}; returns the counts. */
  public BatchCounters run(BatchJobConfig config) {
    BatchCounters counters = BatchCounters.register(spark);
    Dataset<String> lines = articleLines(config);
    if (config.partitions() > 0) {
      lines = lines.repartition(config.partitions());
    }
    Dataset<Row> events =
        lines.mapPartitions(
            new PartitionCoder(pipelines, config.date(), counters),
            Encoders.row(EventColumns.SCHEMA));
    events.write().parquet(config.output());
    return counters;
  }

  /** Each article as one JSON Lines line, whatever the input format. */
  private Dataset<String> articleLines(BatchJobConfig config) {
    return switch (config.inputFormat()) {
      case JSONL -> spark.read().textFile(config.input());
      case PARQUET ->
          spark.read().parquet(config.input()).map(new ArticleLines(), Encoders.STRING());
    };
  }
}
