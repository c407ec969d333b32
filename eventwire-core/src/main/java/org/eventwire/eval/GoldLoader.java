package org.eventwire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.eventwire.model.Json;

/**
 * Loads any supported gold file, telling the format from its content: a JSON object with {@code
 * events} is seed gold; JSON Lines whose records carry {@code expected} are a PETRARCH suite, and
 * those with a PLOVER {@code type} and {@code source} are the PLOVER gold standard.
 */
public final class GoldLoader {

  /** The reference coder's output, looked for beside a PETRARCH suite. */
  public static final String BASELINE_FILE = "petrarch2-baseline-output.jsonl";

  private final ObjectMapper mapper;

  public GoldLoader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public GoldLoader() {
    this(Json.newMapper());
  }

  /** Loads one gold file; throws {@link GoldFormatException} when the format is not recognised. */
  public GoldSet load(Path file) {
    try {
      List<JsonNode> nodes = readNodes(file);
      if (nodes.isEmpty()) {
        throw new GoldFormatException(file + ": empty gold file");
      }
      JsonNode first = nodes.get(0);
      if (nodes.size() == 1 && first.has("events")) {
        return new GoldSet.Seed(file, mapper.treeToValue(first, SeedGold.class));
      }
      if (first.has("expected")) {
        return new GoldSet.Petrarch(file, convert(nodes, PetrarchRecord.class), baseline(file));
      }
      if (first.has("type") && first.has("source")) {
        return new GoldSet.Plover(file, convert(nodes, PloverRecord.class));
      }
      throw new GoldFormatException(file + ": not a seed-gold, PLOVER or PETRARCH gold file");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private List<JsonNode> readNodes(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (text.startsWith("{") && !file.getFileName().toString().endsWith(".jsonl")) {
      return List.of(mapper.readTree(text));
    }
    List<JsonNode> nodes = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          nodes.add(mapper.readTree(line));
        }
      }
    }
    return nodes;
  }

  private <T> List<T> convert(List<JsonNode> nodes, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>(nodes.size());
    for (JsonNode node : nodes) {
      out.add(mapper.treeToValue(node, type));
    }
    return out;
  }

  private Map<String, BaselineRecord> baseline(Path suite) throws IOException {
    Path file = suite.toAbsolutePath().resolveSibling(BASELINE_FILE);
    Map<String, BaselineRecord> byId = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return byId;
    }
    String suiteName = suite.getFileName().toString();
    for (BaselineRecord rec : convert(readNodes(file), BaselineRecord.class)) {
      if (rec.file() == null || rec.file().equals(suiteName)) {
        byId.put(rec.id(), rec);
      }
    }
    return byId;
  }
}
