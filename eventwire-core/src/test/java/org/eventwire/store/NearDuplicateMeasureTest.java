package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eventwire.corpus.CorpusGenerator;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;
import org.eventwire.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the near-duplicate threshold ({@link BodySignature#THRESHOLD}): edited copies built from
 * the sample articles (one word changed, a paragraph added, a paragraph dropped, a light rewrite)
 * against distinct articles (every pair of samples; reports of one invented happening by different
 * outlets in different words). Prints the counts quoted in {@code docs/store.md}.
 */
class NearDuplicateMeasureTest {
  @TempDir Path dir;

  /** Written for this measurement. */
  private static final String ADDED_PARAGRAPH =
      "A spokesperson for the foreign ministry said further details would be released in the"
          + " coming days, once officials had briefed lawmakers and the diplomats concerned.";

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  private List<Article> read(Path path) {
    List<Article> out = new ArrayList<>();
    reader.read(path, r -> out.add(((ReadResult.Ok) r).article()));
    return out;
  }

  private static String body(Article a) {
    return a.layout().body().of(a.text());
  }

  private static List<String> paragraphs(String body) {
    return Arrays.stream(body.strip().split("\\n\\s*\\n")).toList();
  }

  /** Replaces the middle word of {@code text} by another. */
  private static String changeMiddleWord(String text) {
    String[] words = text.split(" ");
    int i = words.length / 2;
    words[i] = words[i].equals("reportedly") ? "apparently" : "reportedly";
    return String.join(" ", words);
  }

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant("one word changed", NearDuplicateMeasureTest::changeMiddleWord),
          new Variant("paragraph added", b -> b + "\n\n" + ADDED_PARAGRAPH),
          new Variant(
              "paragraph dropped",
              b -> {
                List<String> p = paragraphs(b);
                return String.join("\n\n", p.subList(0, Math.max(1, p.size() - 1)));
              }),
          new Variant(
              "light rewrite (a word changed in every paragraph)",
              b ->
                  String.join(
                      "\n\n",
                      paragraphs(b).stream()
                          .map(NearDuplicateMeasureTest::changeMiddleWord)
                          .toList())));

  private record Variant(String name, UnaryOperator<String> edit) {}

  @Test
  void editedSampleCopiesMergeAndDistinctSamplesDoNot() throws IOException {
    List<Article> samples;
    try (Stream<Path> files =
        Files.list(Path.of("").toAbsolutePath().getParent().resolve("samples/articles"))) {
      samples =
          files
              .sorted()
              .flatMap(p -> read(p).stream())
              .filter(a -> ArticleHashes.of(a).bodySignature() != null)
              .toList();
    }
    for (Variant v : VARIANTS) {
      int merged = 0;
      int above07 = 0;
      double min = 1;
      for (Article a : samples) {
        String body = body(a);
        double j = BodySignature.of(body).estimatedJaccard(BodySignature.of(v.edit().apply(body)));
        min = Math.min(min, j);
        merged += j >= BodySignature.THRESHOLD ? 1 : 0;
        above07 += j >= 0.7 ? 1 : 0;
      }
      System.out.printf(
          "near-duplicates: %s: %d of %d merge (lowest estimate %.3f; %d at 0.7)%n",
          v.name(), merged, samples.size(), min, above07);
      if (v.name().equals("one word changed")) {
        assertThat(merged).isEqualTo(samples.size());
      }
    }
    int pairs = 0;
    int merged = 0;
    double max = 0;
    for (int i = 0; i < samples.size(); i++) {
      for (int k = i + 1; k < samples.size(); k++) {
        double j =
            BodySignature.of(body(samples.get(i)))
                .estimatedJaccard(BodySignature.of(body(samples.get(k))));
        max = Math.max(max, j);
        merged += j >= BodySignature.THRESHOLD ? 1 : 0;
        pairs++;
      }
    }
    System.out.printf(
        "near-duplicates: distinct samples: %d of %d pairs merge (highest estimate %.3f)%n",
        merged, pairs, max);
    assertThat(samples).hasSizeGreaterThan(40);
    assertThat(merged).isZero();
  }

  @Test
  void reportsOfOneInventedHappeningInOtherWordsDoNotMerge() throws IOException {
    CorpusGenerator generator = new CorpusGenerator(5);
    Map<String, String> happening = new HashMap<>();
    generator.generate(2000).forEach(g -> happening.put(g.id(), g.happeningId()));
    generator.write(2000, dir, Json.newMapper());
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(p -> p.toString().endsWith(".jsonl"))
          .sorted()
          .forEach(p -> articles.addAll(read(p)));
    }
    List<ArticleHashes> hashes = articles.stream().map(ArticleHashes::of).toList();
    int[] sameStory = new int[2];
    int[] otherStory = new int[2];
    double maxOther = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int k = i + 1; k < articles.size(); k++) {
        ArticleHashes a = hashes.get(i);
        ArticleHashes b = hashes.get(k);
        if (a.bodySignature() == null
            || b.bodySignature() == null
            || a.bodySha256().equals(b.bodySha256())) {
          continue; // exact body copies: the body hash's job
        }
        double j = a.bodySignature().estimatedJaccard(b.bodySignature());
        boolean related =
            happening.get(articles.get(i).id()).equals(happening.get(articles.get(k).id()));
        int[] counts = related ? sameStory : otherStory;
        counts[0]++;
        counts[1] += j >= BodySignature.THRESHOLD ? 1 : 0;
        if (!related) {
          maxOther = Math.max(maxOther, j);
        }
      }
    }
    System.out.printf(
        "near-duplicates: generated corpus (2,000, seed 5): same happening in other words %d of"
            + " %d pairs merge; different happenings %d of %d pairs merge (highest %.3f)%n",
        sameStory[1], sameStory[0], otherStory[1], otherStory[0], maxOther);
    assertThat(sameStory[0]).isPositive();
    assertThat(sameStory[1]).isZero();
  }
}
