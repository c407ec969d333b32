package org.eventwire.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

class PartitionCoderTest {
  private static final AtomicInteger CODED = new AtomicInteger();
  private final BatchCounters counters =
      new BatchCounters(new LongAccumulator(), new LongAccumulator(), new LongAccumulator());

  /** A stand-in pipeline: one event per article, named after it. */
  private static final PartitionCoder.PipelineSource ONE_EVENT_EACH =
      () ->
          a -> {
            CODED.incrementAndGet();
            return List.of(TestRecords.event(a.id() + "-e", false));
          };

  private List<Row> code(String... lines) {
    Iterator<Row> rows =
        new PartitionCoder(ONE_EVENT_EACH, null, counters).call(List.of(lines).iterator());
    List<Row> out = new ArrayList<>();
    rows.forEachRemaining(out::add);
    return out;
  }

  @Test
  void eachGoodLineIsCodedAndBadLinesAreCountedAndSkipped() {
    List<Row> rows =
        code(
            "{\"id\": \"j1\", \"text\": \"Japan and South Korea held talks in Tokyo on Monday.\"}",
            "{\"id\": \"j2\", \"text\": ",
            "   ",
            "{\"text\": \"no id here at all, so this line is refused\"}",
            "{\"id\": \"j3\", \"text\": \"Brazil praised Argentina for its help in the floods.\"}");
    assertThat(rows).extracting(r -> r.<String>getAs("id")).containsExactly("j1-e", "j3-e");
    assertThat(counters.articles().value()).isEqualTo(2);
    assertThat(counters.failed().value()).isEqualTo(2);
    assertThat(counters.events().value()).isEqualTo(2);
  }

  @Test
  void articlesAreCodedOnlyAsTheRowsAreAskedFor() {
    int before = CODED.get();
    Iterator<Row> rows =
        new PartitionCoder(ONE_EVENT_EACH, null, counters)
            .call(
                List.of(
                        "{\"id\": \"k1\", \"text\": \"Japan and South Korea held talks on Monday.\"}",
                        "{\"id\": \"k2\", \"text\": \"Brazil praised Argentina for its help.\"}")
                    .iterator());
    assertThat(CODED.get() - before).isZero();
    rows.next();
    assertThat(CODED.get() - before).isEqualTo(1);
  }
}
