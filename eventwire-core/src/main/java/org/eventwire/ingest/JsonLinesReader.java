package org.eventwire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON Lines articles ({@code id} and {@code text} required; {@code published}, {@code
 * title}, {@code source}, {@code url} optional), streaming line by line. A bad line gives a {@link
 * ReadResult.Failed} named {@code file:LINE} and reading goes on; blank lines are skipped; a line
 * over the size limit is skipped without being held in memory; a repeated id is refused.
 */
final class JsonLinesReader {
  private final ObjectReader json;
  private final ArticleFactory factory;
  private final long maxBytes;

  JsonLinesReader(ObjectMapper mapper, ArticleFactory factory, long maxBytes) {
    this.json = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.factory = factory;
    this.maxBytes = maxBytes;
  }

  void read(InputStream in, String name, Consumer<ReadResult> sink) {
    BoundedLineReader lines = new BoundedLineReader(in, maxBytes);
    Map<String, Integer> seen = new HashMap<>();
    int number = 0;
    try {
      for (BoundedLineReader.Chunk line = lines.next(); line != null; line = lines.next()) {
        number++;
        String input = name + ":" + number;
        if (line.tooLong()) {
          sink.accept(new ReadResult.Failed(input, "line " + Limits.tooLarge(maxBytes)));
        } else if (!isBlank(line.bytes())) {
          sink.accept(article(line.bytes(), input, number, seen));
        }
      }
    } catch (IOException e) {
      sink.accept(new ReadResult.Failed(name, "could not read after line " + number + ": " + e));
    }
  }

  private ReadResult article(byte[] bytes, String input, int number, Map<String, Integer> seen) {
    try {
      RawArticle raw = raw(json.readTree(bytes), input);
      Integer first = seen.putIfAbsent(raw.id(), number);
      if (first != null) {
        return new ReadResult.Failed(
            input, "duplicate id \"" + raw.id() + "\" (first on line " + first + ")");
      }
      return factory.build(raw);
    } catch (JsonProcessingException e) {
      return new ReadResult.Failed(input, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new ReadResult.Failed(input, "malformed JSON: " + e.getMessage());
    } catch (InputProblem e) {
      return new ReadResult.Failed(input, e.getMessage());
    }
  }

  private static RawArticle raw(JsonNode node, String input) throws InputProblem {
    if (node == null || !node.isObject()) {
      throw new InputProblem("not a JSON object");
    }
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
      throw new InputProblem("missing \"id\" (a non-empty string is required)");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new InputProblem("missing \"text\" (a string is required)");
    }
    return new RawArticle(
        input,
        id.asText().strip(),
        text.asText(),
        optional(node, "published"),
        optional(node, "title"),
        optional(node, "source"),
        optional(node, "url"));
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
