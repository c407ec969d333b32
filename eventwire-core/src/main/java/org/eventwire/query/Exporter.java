package org.eventwire.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoredEvent;

/** Writes the events a query selects in one of the {@link ExportFormat export formats}. */
public final class Exporter {
  private final EventStore store;
  private final EventSearch search;
  private final ContractJson contract;
  private final PloverJson plover;
  private final GdeltRow gdelt;

  public Exporter(EventStore store, ObjectMapper mapper) {
    this.store = store;
    this.search = new EventSearch(store);
    this.contract = new ContractJson(mapper);
    this.plover = new PloverJson(mapper);
    this.gdelt = new GdeltRow(FipsCodes.bundled());
  }

  /** Exports to a file (replaced if present); returns the number of events written. */
  public long export(EventQuery q, ExportFormat format, Path out) {
    if (format == ExportFormat.PARQUET) {
      QuerySql sql = QuerySql.of(q);
      return store.copyToParquet(sql.sql(), sql.params(), out);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      return write(q, format, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /** Writes a text format to {@code out}; returns the number of events written. */
  public long write(EventQuery q, ExportFormat format, Writer out) {
    Function<StoredEvent, String> line =
        switch (format) {
          case JSONL -> contract::line;
          case PLOVER -> plover::line;
          case CSV_GDELT -> gdelt::line;
          case PARQUET -> throw new IllegalArgumentException("Parquet is written to a file only");
        };
    return search.forEach(
        q,
        e -> {
          try {
            out.write(line.apply(e));
            out.write('\n');
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
  }
}
