package org.eventwire.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary of {@link TimeRules}, read from {@code eventwire/time/time-words.tsv}: one map
 * from lower-case word (or space-separated words) to value per kind.
 */
public final class TimeWords {
  static final String RESOURCE = "eventwire/time/time-words.tsv";
  private static final List<String> KINDS =
      List.of(
          "month",
          "weekday",
          "dayphrase",
          "anchorphrase",
          "shift",
          "unit",
          "part",
          "modifier",
          "number",
          "ordinal",
          "season",
          "quantity");

  private final Map<String, Map<String, String>> byKind = new HashMap<>();

  private TimeWords() {
    KINDS.forEach(k -> byKind.put(k, new HashMap<>()));
  }

  /** The words shipped with eventwire. */
  public static TimeWords standard() {
    InputStream in = TimeWords.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("time words not found on the classpath: " + RESOURCE);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses the lines of a time-words file; {@code source} names it in error messages. */
  static TimeWords parse(List<String> lines, String source) {
    TimeWords w = new TimeWords();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Map<String, String> kind = f.length == 3 ? w.byKind.get(f[0]) : null;
      if (kind == null) {
        throw new IllegalArgumentException(
            source
                + " line "
                + (i + 1)
                + ": expected 'kind<TAB>word<TAB>value' with kind one of "
                + KINDS
                + ", got: "
                + line);
      }
      kind.put(f[1], f[2]);
    }
    return w;
  }

  /** The value of a word of the given kind, or null. */
  String get(String kind, String word) {
    return byKind.get(kind).get(word);
  }

  /**
   * Whether the words (as written, any case) name a day from the narrative's last day ("the same
   * day", "hours later") rather than from the publication date.
   */
  public boolean isAnchorPhrase(String text) {
    return get("anchorphrase", text.toLowerCase(java.util.Locale.ROOT)) != null;
  }

  /** A count written in digits (up to three) or as a word ("two", "a"), or -1. */
  public int count(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.matches("\\d{1,3}") ? Integer.parseInt(w) : number("number", w);
  }

  /** The integer value of a word of the given kind, or -1. */
  int number(String kind, String word) {
    String v = get(kind, word);
    return v == null ? -1 : Integer.parseInt(v);
  }

  /** All entries of a kind (for multi-word phrases). */
  Map<String, String> all(String kind) {
    return Map.copyOf(byKind.get(kind));
  }
}
