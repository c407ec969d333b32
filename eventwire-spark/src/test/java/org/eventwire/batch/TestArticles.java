package org.eventwire.batch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventwire.model.Json;

/**
 * A JSON Lines batch made at test time: the sample wire articles of {@code samples/articles}, then
 * one-sentence articles from the PLOVER GSR sentences in the shared folder (read, never copied),
 * taken evenly across that file. Skips the test (an assumption) when the shared folder is absent.
 */
final class TestArticles {
  private static final ObjectMapper JSON = Json.newMapper();

  private TestArticles() {}

  /** {@code n} articles: half of them (at most all 48) samples, the rest GSR sentences. */
  static List<String> lines(int n) throws IOException {
    List<String> samples = samples(Math.min(n / 2, 48));
    List<String> out = new ArrayList<>(samples);
    out.addAll(gsrSentences(n - samples.size()));
    return out;
  }

  private static List<String> samples(int n) throws IOException {
    Path dir = Path.of("").toAbsolutePath().getParent().resolve("samples/articles");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
    }
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      ObjectNode a = JSON.createObjectNode();
      a.put("id", name.substring(0, name.length() - ".txt".length()));
      a.put("text", Files.readString(f, StandardCharsets.UTF_8));
      out.add(JSON.writeValueAsString(a));
    }
    return out;
  }

  private static List<String> gsrSentences(int n) throws IOException {
    String shared = System.getProperty("eventwire.shared");
    assumeTrue(shared != null, "eventwire.shared not set");
    Path gsr = Path.of(shared, "eval", "plover-gsr.jsonl");
    assumeTrue(Files.isRegularFile(gsr), "no " + gsr);
    List<String> all = Files.readAllLines(gsr, StandardCharsets.UTF_8);
    all.removeIf(String::isBlank);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n && i < all.size(); i++) {
      JsonNode g = JSON.readTree(all.get((int) ((long) i * all.size() / n)));
      ObjectNode a = JSON.createObjectNode();
      a.put("id", g.get("id").asText());
      a.put("text", g.get("text").asText());
      if (g.hasNonNull("date")) {
        a.put("published", g.get("date").asText());
      }
      out.add(JSON.writeValueAsString(a));
    }
    return out;
  }
}
