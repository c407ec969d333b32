package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;

/**
 * Measures the resolver on the actor mentions of the PLOVER gold-standard records in the shared
 * evaluation folder (read in place, never copied). Skipped when the folder is absent.
 */
class PloverGsrMentionsTest {

  private final DictionaryActorResolver resolver =
      DictionaryActorResolver.withDefaultKnowledgeBase();

  @Test
  void mostPloverGoldActorMentionsGetTheGoldCountryOrBody() throws IOException {
    String shared = System.getProperty("eventwire.shared");
    assumeTrue(shared != null, "eventwire.shared not set");
    Path file = Path.of(shared, "eval", "plover-gsr.jsonl");
    assumeTrue(Files.exists(file), "no " + file);

    ObjectMapper json = new ObjectMapper();
    int mentions = 0;
    int countryRight = 0;
    int withSector = 0;
    int sectorRight = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode record = json.readTree(line);
      for (String side : List.of("source", "target")) {
        for (JsonNode actor : record.path(side)) {
          String gold = actor.path("code").asText("");
          if (!gold.matches("[A-Z]{3}") || gold.equals("---")) {
            continue;
          }
          mentions++;
          String text = actor.path("text").asText();
          List<ActorRef> refs = resolver.resolve(TestPhrases.phrase(text), null);
          ActorRef ref = refs.isEmpty() ? null : refs.get(0);
          boolean right = ref != null && gold.equals(ref.igo() != null ? "IGO" : ref.country());
          if (right) {
            countryRight++;
            String sector = actor.path("sector").asText("");
            if (sector.matches("[A-Z]{3}")) {
              withSector++;
              sectorRight += sector.equals(ref.sector()) ? 1 : 0;
            }
          } else if (misses.size() < 40) {
            misses.add(
                text + " -> " + (ref == null ? "nothing" : ref.code()) + " (gold " + gold + ")");
          }
        }
      }
    }
    double countryAccuracy = (double) countryRight / mentions;
    System.out.printf(
        "PLOVER GSR actor mentions: country/body %d/%d (%.1f%%); sector where country right %d/%d%n",
        countryRight, mentions, 100 * countryAccuracy, sectorRight, withSector);
    misses.forEach(m -> System.out.println("  MISS " + m));
    assertThat(mentions).isGreaterThan(300);
    assertThat(countryAccuracy).isGreaterThanOrEqualTo(0.75);
  }
}
