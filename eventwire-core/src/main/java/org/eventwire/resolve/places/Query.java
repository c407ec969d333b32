package org.eventwire.resolve.places;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Forms of a place phrase that change how it is looked up. */
final class Query {

  /**
   * "X region", "X province", "X oblast", "X krai", "X governorate", "X state", "X prefecture", or
   * "(the) (US) state/province/region of X".
   *
   * @param name X
   * @param usOnly the phrase said "US state of X"
   */
  record Division(String name, boolean usOnly) {}

  /**
   * "Head, Qualifier" ("Tripoli, Lebanon", "Atlanta, Georgia").
   *
   * @param head the place
   * @param qualifier the country or division it lies in
   */
  record Qualified(String head, String qualifier) {}

  private static final String WORDS =
      "region|province|oblast|oblast'|krai|kray|governorate|state|prefecture";
  private static final Pattern SUFFIX =
      Pattern.compile("(?i)^(?:the\\s+)?(.+?)\\s+(?:" + WORDS + ")$");
  private static final Pattern PREFIX =
      Pattern.compile(
          "(?i)^(?:the\\s+)?(?:(u\\.\\s?s\\.|us|american)\\s+)?(?:"
              + WORDS
              + ")\\s+of\\s+(?:the\\s+)?(.+)$");

  private Query() {}

  static Optional<Division> division(String phrase) {
    String text = phrase.strip();
    Matcher m = PREFIX.matcher(text);
    if (m.matches()) {
      return Optional.of(new Division(m.group(2).strip(), m.group(1) != null));
    }
    m = SUFFIX.matcher(text);
    if (m.matches()) {
      return Optional.of(new Division(m.group(1).strip(), false));
    }
    return Optional.empty();
  }

  static Optional<Qualified> qualified(String phrase) {
    int comma = phrase.lastIndexOf(',');
    if (comma <= 0) {
      return Optional.empty();
    }
    String head = phrase.substring(0, comma).strip();
    String qualifier = phrase.substring(comma + 1).strip();
    if (PlaceNames.key(head).isEmpty() || PlaceNames.key(qualifier).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Qualified(head, qualifier));
  }
}
