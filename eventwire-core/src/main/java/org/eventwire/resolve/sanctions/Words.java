package org.eventwire.resolve.sanctions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text to matchable words: lower case, accents and possessive 's removed, apostrophes dropped
 * inside words, split at anything else that is not a letter or a digit ("ship-to-ship" gives ship,
 * to, ship; "Kim Jong-un" gives kim, jong, un; "Cho'ngsong" gives chongsong).
 */
final class Words {

  private Words() {}

  /** The normalised words of a text; empty for null. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace('\u2019', '\'')
            .replaceAll("'s\\b", "")
            .replace("'", "")
            .toLowerCase(Locale.ROOT);
    for (String piece : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!piece.isEmpty()) {
        words.add(piece);
      }
    }
    return words;
  }

  /**
   * True when the phrase occurs in the text as consecutive words. A phrase word ending in {@code *}
   * matches any word it begins; other phrase words also match their regular plurals (-s, -es,
   * -ies).
   */
  static boolean contains(List<String> text, List<String> phrase) {
    if (phrase.isEmpty() || phrase.size() > text.size()) {
      return false;
    }
    for (int start = 0; start + phrase.size() <= text.size(); start++) {
      boolean all = true;
      for (int i = 0; i < phrase.size() && all; i++) {
        all = wordMatches(text.get(start + i), phrase.get(i));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** A phrase as written in a data file: its words, a trailing {@code *} kept on the last. */
  static List<String> phrase(String written) {
    boolean prefix = written.strip().endsWith("*");
    List<String> words = of(written);
    if (prefix && !words.isEmpty()) {
      int last = words.size() - 1;
      words.set(last, words.get(last) + "*");
    }
    return List.copyOf(words);
  }

  /** Compares in place, without building the plural forms: this runs for every word and phrase. */
  private static boolean wordMatches(String word, String pattern) {
    int p = pattern.length();
    if (pattern.charAt(p - 1) == '*') {
      return word.regionMatches(0, pattern, 0, p - 1);
    }
    int extra = word.length() - p;
    if (extra >= 0 && extra <= 2 && word.startsWith(pattern)) {
      return extra == 0
          || (extra == 1 && word.charAt(p) == 's')
          || (extra == 2 && word.charAt(p) == 'e' && word.charAt(p + 1) == 's');
    }
    return extra == 2
        && pattern.charAt(p - 1) == 'y'
        && word.regionMatches(0, pattern, 0, p - 1)
        && word.endsWith("ies");
  }
}
