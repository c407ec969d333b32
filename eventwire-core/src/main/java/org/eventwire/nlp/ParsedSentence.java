package org.eventwire.nlp;

import java.util.List;

/**
 * One analysed sentence.
 *
 * @param index 0-based index in the document
 * @param begin start offset in the document text
 * @param end end offset in the document text
 * @param text the sentence text
 * @param tokens its tokens
 * @param basic basic dependencies (a tree: one head per token)
 * @param enhanced enhanced++ dependencies (a graph; conjuncts propagated, prepositions in names)
 * @param times time expressions in the sentence
 */
public record ParsedSentence(
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    List<Dependency> basic,
    List<Dependency> enhanced,
    List<TimeExpression> times) {

  public ParsedSentence {
    tokens = List.copyOf(tokens);
    basic = List.copyOf(basic);
    enhanced = List.copyOf(enhanced);
    times = List.copyOf(times);
  }
}
