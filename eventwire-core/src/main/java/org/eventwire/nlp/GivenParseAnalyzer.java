package org.eventwire.nlp;

import java.time.LocalDate;
import java.util.Map;

/**
 * A {@link TextAnalyzer} that analyses as the one it wraps and then, for a text it was given a
 * treebank parse for (looked up by the exact text), puts that parse in place of the wrapped
 * analyzer's ({@link TreebankParses}). A text without a tree, or whose tree does not fit its
 * tokens, keeps the wrapped analysis; what became of each given tree is written to {@link
 * ParseUses}. Thread-safe.
 */
public final class GivenParseAnalyzer implements TextAnalyzer {
  private final TextAnalyzer analyzer;
  private final Map<String, String> trees;
  private final TreebankParses parses;
  private final ParseUses uses;

  /**
   * @param analyzer the analyzer whose analysis is kept for everything but the given parses
   * @param trees Penn-Treebank parse (one line) by the exact text it parses
   * @param uses where what became of each given tree is written
   */
  public GivenParseAnalyzer(
      TextAnalyzer analyzer, Map<String, String> trees, TreebankParses parses, ParseUses uses) {
    this.analyzer = analyzer;
    this.trees = Map.copyOf(trees);
    this.parses = parses;
    this.uses = uses;
  }

  @Override
  public ParsedDocument analyze(String text, LocalDate documentDate) {
    ParsedDocument ours = analyzer.analyze(text, documentDate);
    String tree = trees.get(text);
    if (tree == null) {
      return ours;
    }
    GivenParse given = parses.apply(ours, tree);
    uses.record(text, given);
    return given.wasUsed() ? given.document() : ours;
  }
}
