package org.eventwire.batch;

import java.io.Serializable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * What a run did, summed over all tasks: articles coded, inputs refused, events written.
 *
 * @param articles articles read and coded
 * @param failed inputs that could not be read as articles, or whose coding failed
 * @param events events written
 */
public record BatchCounters(
    LongAccumulator articles, LongAccumulator failed, LongAccumulator events)
    implements Serializable {

  /** Counters registered with the session's context, so the driver sees the executors' counts. */
  public static BatchCounters register(SparkSession spark) {
    var sc = spark.sparkContext();
    return new BatchCounters(
        sc.longAccumulator("eventwire articles"),
        sc.longAccumulator("eventwire failed inputs"),
        sc.longAccumulator("eventwire events"));
  }

  /** One line for a log. */
  public String summary() {
    return String.format(
        "%d articles coded, %d inputs refused, %d events",
        articles.value(), failed.value(), events.value());
  }
}
