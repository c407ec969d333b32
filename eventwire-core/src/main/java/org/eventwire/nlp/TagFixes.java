package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Sets the part-of-speech tag of words with a listed suffix ({@code eventwire/nlp/tag-fixes.tsv}),
 * after CoreNLP's tagger and before lemmas and the parser: the tagger now and then takes "Marshall
 * Islands-flagged" for a past-tense verb, and the parser then builds a clause around it. Two
 * contextual fixes too: a sentence's first verb right after a day ("The Treasury on Thursday
 * blacklisted ...") is past tense, not a participle; "Pakistan's military accused" has a noun and a
 * past verb. Loaded by CoreNLP as a custom annotator ({@code customAnnotatorClass.NAME}).
 */
public final class TagFixes implements Annotator {
  static final String RESOURCE = "eventwire/nlp/tag-fixes.tsv";

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private final Map<String, String> tagBySuffix;

  /** The constructor CoreNLP calls for a custom annotator. */
  public TagFixes(String name, Properties props) {
    this(load());
  }

  TagFixes(Map<String, String> tagBySuffix) {
    this.tagBySuffix = Map.copyOf(tagBySuffix);
  }

  /**
   * The tag a word takes before the next one ("warning" before "shots"), or null when no pair row
   * of the table ("warning shot") fits: the next word starts with the row's second word.
   */
  String pairTag(String word, String next) {
    String w = word.toLowerCase(Locale.ROOT);
    String x = next.toLowerCase(Locale.ROOT);
    for (var e : tagBySuffix.entrySet()) {
      String[] pair = e.getKey().split(" ");
      if (pair.length == 2 && pair[0].equals(w) && x.startsWith(pair[1])) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The tag a word takes, or null when no suffix of the table fits it. */
  String fixedTag(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (var e : tagBySuffix.entrySet()) {
      if (e.getKey().startsWith("-")
          && w.endsWith(e.getKey())
          && w.length() > e.getKey().length()) {
        return e.getValue();
      }
    }
    return null;
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : tokens) {
        String tag = fixedTag(t.word());
        if (tag != null) {
          t.setTag(tag);
        }
      }
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String tag = pairTag(tokens.get(i).word(), tokens.get(i + 1).word());
        if (tag != null) { // "warning shots": a noun before a noun, not a gerund
          tokens.get(i).setTag(tag);
        }
      }
      List<String> words = tokens.stream().map(CoreLabel::word).toList();
      List<String> tags = tokens.stream().map(CoreLabel::tag).toList();
      for (int i : pastAfterWeekday(words, tags)) {
        tokens.get(i).setTag("VBD");
      }
      int military = militaryAfterPossessive(words, tags);
      if (military >= 0) { // "Pakistan's military accused India"
        tokens.get(military).setTag("NN");
        tokens.get(military + 1).setTag("VBD");
      }
    }
  }

  /**
   * Words the tagger took for a past participle that are the sentence's first verb, right after a
   * day: "The U.S. Treasury on Thursday blacklisted the minister" (wire style puts the day between
   * subject and verb, and the tagger then reads "blacklisted" as a modifier of what follows).
   *
   * @return the indexes of the words to tag VBD
   */
  static List<Integer> pastAfterWeekday(List<String> words, List<String> tags) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      boolean participle = tags.get(i).equals("VBN") && words.get(i).endsWith("ed");
      if (!participle || !WEEKDAYS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean verbBefore = false;
      for (int j = 0; j < i - 1; j++) {
        verbBefore |= tags.get(j).startsWith("VB") || tags.get(j).equals("MD");
      }
      if (!verbBefore && i >= 3) { // a subject, maybe "on", the day
        out.add(i);
      }
    }
    return out;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  /**
   * "Pakistan's military accused India": "military" after a possessive and before a past verb is
   * the noun (the tagger takes it for an adjective and the verb for a participle): an adjective
   * cannot stand right before a verb. Returns its index, or -1.
   */
  static int militaryAfterPossessive(List<String> words, List<String> tags) {
    for (int i = 1; i + 1 < words.size(); i++) {
      boolean noun =
          words.get(i).equalsIgnoreCase("military")
              && tags.get(i).equals("JJ")
              && tags.get(i - 1).equals("POS")
              && (tags.get(i + 1).equals("VBN") || tags.get(i + 1).equals("VBD"));
      if (noun) {
        return i;
      }
    }
    return -1;
  }

  static Map<String, String> load() {
    InputStream in = TagFixes.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        boolean pair = cols[0].split(" ").length == 2;
        if (cols.length < 2 || !(cols[0].startsWith("-") || pair) || cols[1].isBlank()) {
          throw new IllegalStateException(
              RESOURCE
                  + ":"
                  + n
                  + ": want '-suffix<TAB>TAG<TAB>why' or 'word next<TAB>TAG<TAB>why',"
                  + " got: "
                  + line);
        }
        out.put(cols[0].toLowerCase(Locale.ROOT), cols[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    return out;
  }
}
