package org.eventwire.resolve.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventwire.nlp.Token;

/**
 * A matchable part of a token: tokens are split at hyphens ("Jong-un" gives "jong" and "un") and
 * before a possessive "'s", so that "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" compare equal. A
 * word with a stance prefix stays whole: "pro-Russian" names no Russian, "anti-government" no
 * government.
 *
 * @param norm the lower-case, accent-free form used for lookups ("u.s." becomes "us")
 * @param raw the text as written, for case checks
 * @param token index of the token it comes from
 */
record Word(String norm, String raw, int token) {
  /** A prefix that makes the rest of the word a stance towards it, not a name. */
  private static final java.util.regex.Pattern STANCE =
      java.util.regex.Pattern.compile("(pro|anti)[-\u2010\u2011\u2013]\\p{L}");

  /** The words of a phrase's tokens. */
  static List<Word> ofTokens(List<Token> tokens) {
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      split(tokens.get(i).word(), i, words);
    }
    return List.copyOf(words);
  }

  /** The words of a free text (a name in the knowledge base); word i gets token index i. */
  static List<Word> ofText(String text) {
    List<Word> parts = new ArrayList<>();
    for (String piece : text.strip().split("\\s+")) {
      split(piece, 0, parts);
    }
    if (parts.size() > 1 && parts.get(0).norm.equals("the")) {
      parts.remove(0);
    }
    List<Word> words = new ArrayList<>();
    for (Word w : parts) {
      words.add(new Word(w.norm, w.raw, words.size()));
    }
    return List.copyOf(words);
  }

  /** The lookup key of a name from the knowledge base: its normalised words joined by spaces. */
  static String key(List<Word> words) {
    StringBuilder key = new StringBuilder();
    for (Word w : words) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(w.norm);
    }
    return key.toString();
  }

  /** True when the raw text is an abbreviation written in capitals (US, DPRK, G7). */
  boolean isCapitalised() {
    String letters = raw.replace(".", "");
    return letters.length() >= 2
        && letters.chars().anyMatch(Character::isLetter)
        && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  /** True when the raw text starts with a capital letter or a digit. */
  boolean startsUpper() {
    return !raw.isEmpty()
        && (Character.isUpperCase(raw.charAt(0)) || Character.isDigit(raw.charAt(0)));
  }

  private static void split(String tokenText, int token, List<Word> out) {
    String text = tokenText.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() > 2 && lower.endsWith("'s")) {
      split(text.substring(0, text.length() - 2), token, out);
      out.add(new Word("'s", "'s", token));
      return;
    }
    if (lower.equals("'s")) {
      out.add(new Word("'s", text, token));
      return;
    }
    if (STANCE.matcher(lower).lookingAt()) {
      // "pro-Russian separatists", "anti-government protesters": a stance, not a nationality
      out.add(new Word(normalise(stripEdges(text)), text, token));
      return;
    }
    for (String part : text.split("[-\u2010\u2011\u2013]")) {
      String p = part;
      if (p.length() > 1 && p.endsWith("'")) {
        p = p.substring(0, p.length() - 1);
      }
      p = stripEdges(p);
      // a lone apostrophe is the possessive of a plural ("Workers' Party"), not a word
      if (!p.isEmpty() && !p.equals(".") && !p.equals("'")) {
        out.add(new Word(normalise(p), p, token));
      }
    }
  }

  private static String stripEdges(String p) {
    int start = 0;
    int end = p.length();
    while (start < end && "()\"[]{}".indexOf(p.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "()\"[]{}".indexOf(p.charAt(end - 1)) >= 0) {
      end--;
    }
    return p.substring(start, end);
  }

  static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    if (plain.length() > 1) {
      plain = plain.replace(".", "");
    }
    return plain.isEmpty() ? text : plain;
  }
}
