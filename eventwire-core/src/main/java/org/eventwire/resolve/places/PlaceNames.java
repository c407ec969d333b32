package org.eventwire.resolve.places;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How names are compared: lower case, without diacritics, apostrophes and dots, hyphens as spaces,
 * without a leading "the" ("Sana'a" = "Sanaa", "Kyïv" = "Kyiv", "Nizhny-Novgorod" = "Nizhny
 * Novgorod"). Short all-capital abbreviations ("US", "U.K.", "DPRK") keep their case: they get a
 * key of their own that only an all-capital query reaches.
 */
final class PlaceNames {

  /**
   * Words that name a kind of first-level division. Dropped from division names to find their core
   * ("Amur Oblast" → "amur"); a query "X region" looks the core up among divisions.
   */
  static final Set<String> DIVISION_WORDS =
      Set.of(
          "oblast",
          "oblasts",
          "krai",
          "kray",
          "kraj",
          "region",
          "province",
          "governorate",
          "state",
          "prefecture",
          "respublika",
          "republic",
          "okrug",
          "autonomous",
          "avtonomnyj",
          "district",
          "wilaya",
          "vilayet",
          "muhafazah",
          "department",
          "departement");

  private static final String APOSTROPHES = "'’‘`ʼʻ´";

  private PlaceNames() {}

  /** The comparison key of a name; empty when it has no letters or digits. */
  static String key(String name) {
    String text = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(text.length());
    boolean space = true; // no leading space, one space between words
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.'
          || Character.getType(c) == Character.NON_SPACING_MARK
          || APOSTROPHES.indexOf(c) >= 0) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      String folded = fold(lower);
      if (folded != null) {
        b.append(folded);
        space = false;
      } else if (Character.isLetterOrDigit(lower)) {
        b.append(lower);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    if (space && b.length() > 0) {
      b.setLength(b.length() - 1);
    }
    String key = b.toString();
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** Letters that do not decompose into a base letter and a mark. */
  private static String fold(char c) {
    return switch (c) {
      case 'ß' -> "ss";
      case 'ø' -> "o";
      case 'ł' -> "l";
      case 'đ', 'ð' -> "d";
      case 'ı' -> "i";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'þ' -> "th";
      default -> null;
    };
  }

  /**
   * The case-sensitive key of an all-capital abbreviation of 2 to 5 letters ("U.S." → "=US"), or
   * null when the name is not one.
   */
  static String abbreviationKey(String name) {
    String letters = name.replace(".", "").replace(" ", "");
    if (letters.length() < 2 || letters.length() > 5) {
      return null;
    }
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c < 'A' || c > 'Z') {
        return null;
      }
    }
    return "=" + letters;
  }

  /** The key without division words ("Kherson Oblast" → "kherson"). */
  static String core(String name) {
    return Arrays.stream(key(name).split(" "))
        .filter(w -> !DIVISION_WORDS.contains(w))
        .collect(Collectors.joining(" "));
  }

  /** True when the name contains a division word ("Moscow Oblast", not "Moscow"). */
  static boolean hasDivisionWord(String name) {
    return Arrays.stream(key(name).split(" ")).anyMatch(DIVISION_WORDS::contains);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
