package org.eventwire.resolve.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** All names of the knowledge base, looked up by normalised words; longest match first. */
final class Lexicon {

  private final Map<String, List<LexEntry>> byKey;
  private final int maxWords;

  Lexicon(List<LexEntry> entries) {
    Map<String, List<LexEntry>> map = new HashMap<>();
    int max = 1;
    for (LexEntry e : entries) {
      if (e.form().isEmpty()) {
        continue;
      }
      map.computeIfAbsent(Word.key(e.form()), k -> new ArrayList<>()).add(e);
      max = Math.max(max, e.form().size());
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = Map.copyOf(map);
    this.maxWords = max;
  }

  /** The entries filed under a name exactly as the knowledge base writes it. */
  List<LexEntry> lookup(String name) {
    return byKey.getOrDefault(Word.key(Word.ofText(name)), List.of());
  }

  /**
   * Scans words left to right, taking at each position the longest name whose case rules hold.
   * Among several kinds under one name the first in {@link LexEntry.Kind} order wins.
   */
  List<Match> scan(List<Word> words) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match found = null;
      int length = Math.min(maxWords, words.size() - i);
      for (; length >= 1 && found == null; length--) {
        found = matchAt(words.subList(i, i + length));
      }
      if (found == null) {
        i++;
      } else {
        matches.add(found);
        i += length + 1;
      }
    }
    return List.copyOf(matches);
  }

  private Match matchAt(List<Word> span) {
    Match exact = best(span, byKey.getOrDefault(Word.key(span), List.of()), false);
    if (exact != null) {
      return exact;
    }
    String last = span.get(span.size() - 1).norm();
    String singular = singular(last);
    if (singular.equals(last)) {
      return null;
    }
    List<Word> stem = new ArrayList<>(span.subList(0, span.size() - 1));
    stem.add(new Word(singular, singular, -1));
    return best(span, byKey.getOrDefault(Word.key(stem), List.of()), true);
  }

  private static Match best(List<Word> span, List<LexEntry> candidates, boolean plural) {
    LexEntry.Kind kind = null;
    List<KbEntry> entries = new ArrayList<>();
    for (LexEntry e : candidates) {
      if ((plural && !e.kind().acceptsPlural()) || !e.caseMatches(span)) {
        continue;
      }
      if (kind == null || e.kind().compareTo(kind) < 0) {
        kind = e.kind();
        entries.clear();
      }
      if (e.kind() == kind && !entries.contains(e.entry())) {
        entries.add(e.entry());
      }
    }
    if (kind == null) {
      return null;
    }
    return new Match(span.get(0).token(), span.get(span.size() - 1).token(), kind, entries);
  }

  /** A naive singular for English plurals: -men, -ies, -ses/-xes/-ches/-shes, -s (not -ss). */
  static String singular(String word) {
    if (word.length() > 4 && word.endsWith("men")) {
      return word.substring(0, word.length() - 3) + "man";
    }
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4
        && (word.endsWith("ses")
            || word.endsWith("xes")
            || word.endsWith("ches")
            || word.endsWith("shes"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
