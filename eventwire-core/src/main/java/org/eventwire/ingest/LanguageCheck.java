package org.eventwire.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test that a text is English, to turn away articles the English-only coder would only
 * misread.
 *
 * <p>Rule: a text with at least {@value #MIN_LETTERS} letters of which under half are Latin is not
 * English; a text of at least {@value #MIN_WORDS} words of which under {@value #MIN_SHARE_PERCENT}%
 * are common English function words ("the", "of", "and", ...) is not English. English news prose
 * runs at 35–50%; other languages written in Latin letters mostly stay below 5%. Shorter texts
 * always pass.
 */
public final class LanguageCheck {
  static final int MIN_WORDS = 20;
  static final int MIN_SHARE_PERCENT = 10;
  static final int MIN_LETTERS = 20;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "a", "an", "in", "is", "that", "for", "on", "it", "with", "as",
          "was", "at", "by", "he", "she", "his", "her", "from", "be", "have", "has", "had", "are",
          "were", "this", "which", "or", "not", "but", "they", "their", "its", "said", "will",
          "would", "been", "who", "also", "after", "over", "more", "than", "into", "about", "we",
          "our", "there", "can", "could", "up", "out", "all", "when", "if", "what", "so", "them",
          "you", "these", "those", "other");

  /** Why {@code text} does not look like English, or empty when it may be English. */
  public Optional<String> problem(String text) {
    if (!mostlyLatin(text)) {
      return Optional.of("does not look like English (mostly non-Latin script)");
    }
    int words = 0;
    int common = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
        common++;
      }
    }
    if (words >= MIN_WORDS && common * 100 < words * MIN_SHARE_PERCENT) {
      return Optional.of(
          "does not look like English (" + common + " of " + words + " words are common English)");
    }
    return Optional.empty();
  }

  private static boolean mostlyLatin(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return true;
    }
    long latin =
        text.codePoints()
            .filter(Character::isLetter)
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
            .count();
    return latin * 2 >= letters;
  }
}
