package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventwire.model.TextSpan;

/**
 * One non-blank line of a text, without its surrounding whitespace.
 *
 * @param start offset of the first non-blank character
 * @param end offset just after the last non-blank character
 */
record Line(int start, int end) {

  /** The non-blank lines of {@code text}, in order. */
  static List<Line> split(String text) {
    return split(text, 0, text.length());
  }

  /** The non-blank lines within {@code [from, to)} of {@code text}, in order. */
  static List<Line> split(String text, int from, int to) {
    List<Line> lines = new ArrayList<>();
    int lineStart = from;
    while (lineStart < to) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 || newline > to ? to : newline;
      trimmed(text, lineStart, lineEnd).ifPresentOrElse(lines::add, () -> {});
      lineStart = lineEnd + 1;
    }
    return lines;
  }

  /** The span of {@code [from, to)} without leading and trailing whitespace, if not blank. */
  static Optional<Line> trimmed(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return s < e ? Optional.of(new Line(s, e)) : Optional.empty();
  }

  String of(String text) {
    return text.substring(start, end);
  }

  TextSpan span() {
    return new TextSpan(start, end);
  }
}
