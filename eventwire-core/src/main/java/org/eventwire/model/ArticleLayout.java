package org.eventwire.model;

/**
 * The parts of a wire article, as spans of its text. Any part may be null when absent; {@code body}
 * is never null (for plain text without wire parts it is the whole text).
 */
public record ArticleLayout(
    TextSpan caption,
    TextSpan credit,
    TextSpan headline,
    Dateline dateline,
    TextSpan body,
    TextSpan signoff) {

  public static ArticleLayout bodyOnly(String text) {
    return new ArticleLayout(null, null, null, null, new TextSpan(0, text.length()), null);
  }
}
