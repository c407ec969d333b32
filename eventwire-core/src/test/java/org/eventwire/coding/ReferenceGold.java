package org.eventwire.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference-resolution gold set in {@code src/test/resources/coref}: invented mini-articles
 * and, for each referring mention, the actor code(s) it should resolve to.
 */
record ReferenceGold(Map<String, Case> cases, List<Mention> mentions) {

  static final Set<String> KINDS =
      Set.of(
          "surname",
          "he-she",
          "it",
          "they",
          "possessive",
          "title",
          "pair",
          "regime",
          "country-noun",
          "institution",
          "group");

  /**
   * @param id case id
   * @param date the article's date
   * @param sentences its sentences; the article text is them joined by one space
   */
  record Case(String id, LocalDate date, List<String> sentences) {
    String text() {
      return String.join(" ", sentences);
    }

    /** Offset of a sentence in {@link #text()}. */
    int sentenceStart(int sentence) {
      int at = 0;
      for (int i = 0; i < sentence; i++) {
        at += sentences.get(i).length() + 1;
      }
      return at;
    }
  }

  /**
   * @param line the line in mentions.tsv, for messages
   * @param expected the expected codes (one or more)
   */
  record Mention(
      int line,
      String caseId,
      int sentence,
      String text,
      int occurrence,
      String kind,
      Set<String> expected) {
    String describe() {
      return "mentions.tsv:" + line + " " + caseId + "/" + sentence + " \"" + text + "\"";
    }
  }

  /**
   * The character span of a mention in its case's text, or null when the sentence does not hold
   * that occurrence.
   */
  int[] span(Mention m) {
    Case c = cases.get(m.caseId());
    if (c == null || m.sentence() < 0 || m.sentence() >= c.sentences().size()) {
      return null;
    }
    Matcher x =
        Pattern.compile("\\b" + Pattern.quote(m.text()) + "\\b")
            .matcher(c.sentences().get(m.sentence()));
    for (int n = 0; x.find(); ) {
      if (++n == m.occurrence()) {
        int at = c.sentenceStart(m.sentence());
        return new int[] {at + x.start(), at + x.end()};
      }
    }
    return null;
  }

  static ReferenceGold load() {
    Map<String, Case> cases = new LinkedHashMap<>();
    for (String[] r : rows("coref/articles.tsv", 3)) {
      cases.put(r[1], new Case(r[1], LocalDate.parse(r[2]), Arrays.asList(r[3].split("\\\\n"))));
    }
    List<Mention> mentions = new ArrayList<>();
    for (String[] r : rows("coref/mentions.tsv", 6)) {
      mentions.add(
          new Mention(
              Integer.parseInt(r[0]),
              r[1],
              Integer.parseInt(r[2]),
              r[3],
              Integer.parseInt(r[4]),
              r[5],
              Set.of(r[6].split("\\|"))));
    }
    return new ReferenceGold(cases, mentions);
  }

  /** Data rows with their line number first; the header line is checked and skipped. */
  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = ReferenceGold.class.getClassLoader().getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalArgumentException(
              resource + ":" + n + ": " + cells.length + " columns, expected " + columns);
        }
        if (header) {
          header = false;
          continue;
        }
        String[] row = new String[columns + 1];
        row[0] = Integer.toString(n);
        System.arraycopy(cells, 0, row, 1, columns);
        out.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return out;
  }
}
