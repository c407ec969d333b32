package org.eventwire.batch;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.pipeline.EventPipeline;

/**
 * Codes one partition of JSON Lines articles into event rows, lazily: one article is read, coded
 * and handed on before the next, so a partition of any size fits in memory. An input that is not an
 * article is counted and named on the executor's standard error, as the CLI does, and skipped.
 */
public final class PartitionCoder implements MapPartitionsFunction<String, Row> {
  private static final long serialVersionUID = 1L;

  /** Where a task gets its pipeline: {@link PipelineHolder#get} on a cluster. */
  @FunctionalInterface
  public interface PipelineSource extends Serializable {
    EventPipeline get();
  }

  private final PipelineSource pipelines;
  private final LocalDate date;
  private final BatchCounters counters;

  public PartitionCoder(PipelineSource pipelines, LocalDate date, BatchCounters counters) {
    this.pipelines = pipelines;
    this.date = date;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<String> lines) {
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withDate(date));
    EventPipeline pipeline = pipelines.get();
    String name = partitionName();
    return new Iterator<>() {
      private final Deque<Row> ready = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && lines.hasNext()) {
          code(reader, pipeline, name, lines.next(), ready);
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }

  private void code(
      ArticleReader reader, EventPipeline pipeline, String name, String line, Deque<Row> out) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    reader.readJsonLines(
        new ByteArrayInputStream(bytes),
        name,
        r -> {
          if (r instanceof ReadResult.Failed f) {
            refuse(f.input(), f.problem());
          } else {
            Article a = ((ReadResult.Ok) r).article();
            codeArticle(pipeline, a, out);
          }
        });
  }

  private void codeArticle(EventPipeline pipeline, Article a, Deque<Row> out) {
    java.util.List<Event> events;
    try {
      events = pipeline.code(a);
    } catch (RuntimeException e) {
      refuse(a.id(), "could not be coded: " + e);
      return;
    }
    counters.articles().add(1);
    for (Event e : events) {
      out.add(EventColumns.row(e.withExplanation(null), a));
    }
    counters.events().add(events.size());
  }

  private void refuse(String input, String problem) {
    counters.failed().add(1);
    System.err.println("eventwire: " + input + ": " + problem);
  }

  private static String partitionName() {
    TaskContext task = TaskContext.get();
    return task == null ? "input" : "partition " + task.partitionId();
  }
}
