package org.eventwire.nlp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What became of each given treebank parse, by the text it was given for. Thread-safe. */
public final class ParseUses {
  private final Map<String, ParseUse> byText = new ConcurrentHashMap<>();

  void record(String text, GivenParse given) {
    byText.put(text, new ParseUse(given.wasUsed(), given.fallBackReason()));
  }

  /** What became of the tree given for {@code text}; empty when it was not analysed (yet). */
  public Optional<ParseUse> of(String text) {
    return Optional.ofNullable(byText.get(text));
  }

  /**
   * Whether a given parse was used for a text.
   *
   * @param used true when the text was analysed on the given parse
   * @param fallBackReason why it was not, or null
   */
  public record ParseUse(boolean used, String fallBackReason) {}
}
