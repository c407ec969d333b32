package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;

/** The table of mention cases in {@code actors/mentions.tsv}, scored as a whole. */
class MentionsTableTest {

  private static final double REQUIRED_ACCURACY = 0.95;

  private final DictionaryActorResolver resolver =
      DictionaryActorResolver.withDefaultKnowledgeBase();

  record Case(String phrase, LocalDate date, List<String> expected) {}

  @Test
  void atLeastNinetyFivePercentOfTheMentionCasesResolveToTheExpectedCodes() throws IOException {
    List<Case> cases = readCases();
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      List<String> actual = codes(resolver.resolve(TestPhrases.phrase(c.phrase()), c.date()));
      if (!actual.equals(c.expected())) {
        failures.add(
            c.phrase() + " @" + c.date() + ": expected " + c.expected() + " got " + actual);
      }
    }
    double accuracy = 1.0 - (double) failures.size() / cases.size();
    System.out.printf(
        "actor mentions: %d/%d correct (%.1f%%)%n",
        cases.size() - failures.size(), cases.size(), 100 * accuracy);
    failures.forEach(f -> System.out.println("  MISS " + f));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
    assertThat(accuracy)
        .as("accuracy; misses: %s", failures)
        .isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
  }

  @Test
  void theTableScoresWrongExpectationsAsMisses() {
    Case wrong = new Case("North Korea", LocalDate.of(2023, 12, 13), List.of("KOR"));
    List<String> actual = codes(resolver.resolve(TestPhrases.phrase(wrong.phrase()), wrong.date()));
    assertThat(actual).isNotEqualTo(wrong.expected());
  }

  private static List<String> codes(List<ActorRef> refs) {
    if (refs.isEmpty()) {
      return List.of("-");
    }
    return refs.stream().map(r -> Objects.requireNonNullElse(r.code(), "?")).toList();
  }

  private static List<Case> readCases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    MentionsTableTest.class.getResourceAsStream("/actors/mentions.tsv")),
                StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t");
        LocalDate date = cells[1].equals("-") ? null : LocalDate.parse(cells[1]);
        cases.add(new Case(cells[0], date, List.of(cells[2].split("\\|"))));
      }
    }
    return cases;
  }
}
