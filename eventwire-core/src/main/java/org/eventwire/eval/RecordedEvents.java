package org.eventwire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.model.Article;
import org.eventwire.model.Event;

/**
 * Events already produced, read from contract JSON Lines and grouped by {@code article_id}. An
 * article with no line in the file has no events.
 */
public final class RecordedEvents implements EventSource {

  private static final List<String> LIST_FIELDS =
      List.of("contexts", "actors", "recipients", "claimants", "sanctions");

  private final Map<String, List<Event>> byArticle;

  public RecordedEvents(Map<String, List<Event>> byArticle) {
    Map<String, List<Event>> copy = new LinkedHashMap<>();
    byArticle.forEach((id, events) -> copy.put(id, List.copyOf(events)));
    this.byArticle = Map.copyOf(copy);
  }

  /** Reads a JSON Lines file of contract event records. */
  public static RecordedEvents read(Path file, ObjectMapper mapper) {
    Map<String, List<Event>> byArticle = new LinkedHashMap<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          Event event = parse(mapper, line, file + ":" + lineNo);
          byArticle.computeIfAbsent(event.articleId(), k -> new ArrayList<>()).add(event);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return new RecordedEvents(byArticle);
  }

  private static Event parse(ObjectMapper mapper, String line, String where) {
    try {
      JsonNode node = mapper.readTree(line);
      if (!(node instanceof ObjectNode record)) {
        throw new IllegalArgumentException(where + ": not a JSON object");
      }
      for (String field : LIST_FIELDS) {
        if (record.path(field).isNull() || record.path(field).isMissingNode()) {
          record.putArray(field);
        }
      }
      return mapper.treeToValue(record, Event.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": not an event record: " + e.getMessage(), e);
    }
  }

  /** How many articles have at least one event. */
  public int articleCount() {
    return byArticle.size();
  }

  @Override
  public Map<String, CodedArticle> code(List<Article> articles) {
    Map<String, CodedArticle> out = new LinkedHashMap<>();
    for (Article article : articles) {
      List<Event> events = byArticle.getOrDefault(article.id(), List.of());
      out.put(article.id(), CodedArticle.ok(article.id(), events));
    }
    return out;
  }
}
