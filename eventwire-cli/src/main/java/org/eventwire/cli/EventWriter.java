package org.eventwire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Json;

/** Writes event records in the contract's formats: JSON Lines, a JSON array, or TSV. */
final class EventWriter implements AutoCloseable {
  enum Format {
    jsonl,
    json,
    tsv
  }

  private static final String TSV_HEADER =
      "id\tarticle_id\ttype\tmode\tcameo\tactors\trecipients\tdate\tdate_precision\tmodality"
          + "\tclaimants\tnegated\tlocation\ttrigger\tsentence";
  private final PrintWriter out;
  private final Format format;
  private final ObjectMapper mapper = Json.newMapper();
  private boolean first = true;

  EventWriter(PrintWriter out, Format format) {
    this.out = out;
    this.format = format;
    if (format == Format.json) {
      mapper.enable(SerializationFeature.INDENT_OUTPUT);
    }
  }

  void write(List<Event> events) throws JsonProcessingException {
    for (Event e : events) {
      switch (format) {
        case jsonl -> out.println(mapper.writeValueAsString(e));
        case json -> {
          out.print(first ? "[\n" : ",\n");
          out.print(mapper.writeValueAsString(e));
        }
        case tsv -> {
          if (first) {
            out.println(TSV_HEADER);
          }
          out.println(tsv(e));
        }
      }
      first = false;
    }
    out.flush();
  }

  private static String tsv(Event e) {
    return String.join(
        "\t",
        e.id(),
        e.articleId(),
        e.type().name(),
        nz(e.mode()),
        e.cameo(),
        codes(e.actors()),
        codes(e.recipients()),
        nz(e.date()),
        e.datePrecision() == null ? "" : e.datePrecision().json(),
        e.modality().json(),
        codes(e.claimants()),
        Boolean.toString(e.negated()),
        e.location() == null ? "" : clean(e.location().name()),
        clean(e.evidence().trigger()),
        clean(e.evidence().sentence()));
  }

  private static String codes(List<ActorRef> refs) {
    return refs.stream()
        .map(r -> r.code() == null ? "?" + clean(r.text()) : r.code())
        .collect(Collectors.joining(";"));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Override
  public void close() {
    if (format == Format.json) {
      out.println(first ? "[]" : "\n]");
    }
    out.flush();
  }
}
