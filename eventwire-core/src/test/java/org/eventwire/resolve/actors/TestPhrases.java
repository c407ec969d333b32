package org.eventwire.resolve.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.nlp.Token;

/**
 * Builds phrases for tests without a parser: splits on whitespace and punctuation (keeping "U.S."
 * and hyphenated words whole, splitting off a possessive "'s"), tags capitalised words NNP and
 * others NN, and takes as head the last token before the first preposition.
 */
final class TestPhrases {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'\u2019.][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "at", "from", "for", "to", "on", "with", "near", "against", "by");

  private TestPhrases() {}

  static Phrase phrase(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = m.group();
      int begin = m.start();
      String lower = word.toLowerCase();
      if (word.length() > 2 && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
        add(tokens, word.substring(0, word.length() - 2), begin);
        add(tokens, word.substring(word.length() - 2), begin + word.length() - 2);
      } else {
        add(tokens, word, begin);
      }
    }
    return new Phrase(text, tokens, head(tokens));
  }

  private static void add(List<Token> tokens, String word, int begin) {
    String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    tokens.add(
        new Token(tokens.size(), word, word.toLowerCase(), pos, "O", begin, begin + word.length()));
  }

  private static int head(List<Token> tokens) {
    int end = tokens.size();
    for (int i = 1; i < tokens.size(); i++) {
      if (PREPOSITIONS.contains(tokens.get(i).word().toLowerCase())) {
        end = i;
        break;
      }
    }
    int head = end - 1;
    while (head > 0 && !Character.isLetterOrDigit(tokens.get(head).word().charAt(0))) {
      head--;
    }
    return Math.max(head, 0);
  }
}
