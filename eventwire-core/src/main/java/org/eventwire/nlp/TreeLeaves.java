package org.eventwire.nlp;

import java.util.List;
import java.util.Map;

/**
 * Aligns a treebank tree's leaves with a sentence's token words one to one, after undoing the Penn
 * Treebank escapes ({@code -LRB-}, {@code ``}, ...) and the quote and dash forms the tokenizer may
 * have chosen differently; letter case may differ (treebanks re-case headline words).
 */
final class TreeLeaves {
  private static final Map<String, String> ESCAPES =
      Map.ofEntries(
          Map.entry("-LRB-", "("),
          Map.entry("-RRB-", ")"),
          Map.entry("-LCB-", "{"),
          Map.entry("-RCB-", "}"),
          Map.entry("-LSB-", "["),
          Map.entry("-RSB-", "]"),
          Map.entry("``", "\""),
          Map.entry("''", "\""),
          Map.entry("\u201c", "\""),
          Map.entry("\u201d", "\""),
          Map.entry("`", "'"),
          Map.entry("\u2018", "'"),
          Map.entry("\u2019", "'"),
          Map.entry("\u2014", "--"),
          Map.entry("\u2013", "--"),
          Map.entry("\u2026", "..."),
          Map.entry("\u00a0", " "));

  private TreeLeaves() {}

  /**
   * Null when {@code leaves} and {@code words} match one to one, otherwise where they first differ,
   * e.g. {@code leaf 7 'n't' vs token 'not'} (1-based).
   */
  static String mismatch(List<String> leaves, List<String> words) {
    int n = Math.min(leaves.size(), words.size());
    for (int i = 0; i < n; i++) {
      if (!plain(leaves.get(i)).equalsIgnoreCase(plain(words.get(i)))) {
        return "leaf " + (i + 1) + " '" + leaves.get(i) + "' vs token '" + words.get(i) + "'";
      }
    }
    if (leaves.size() != words.size()) {
      return "the tree has " + leaves.size() + " leaves, the text " + words.size() + " tokens";
    }
    return null;
  }

  /** The word with escapes undone and quotes, dashes and ellipses in one form. */
  static String plain(String word) {
    String w = ESCAPES.getOrDefault(word, word);
    return w.replace("\\/", "/").replace("\\*", "*").replace('\u2019', '\'');
  }
}
