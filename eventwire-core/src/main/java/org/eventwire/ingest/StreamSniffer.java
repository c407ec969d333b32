package org.eventwire.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looks at the start of a stream without consuming it, to tell what kind of input it is. */
final class StreamSniffer {
  /** How far to look for the first non-blank byte and the first element. */
  static final int LOOKAHEAD = 64 * 1024;

  /** What a stream holds. */
  enum Kind {
    /** The first non-blank byte is '{'. */
    JSON_LINES,
    /** Markup whose first element is {@code rss}, {@code feed} (Atom) or {@code rdf:RDF}. */
    FEED,
    /** Markup whose first element is {@code html} (or a {@code <!DOCTYPE html>}). */
    HTML,
    /** Anything else: one wire text article. */
    TEXT
  }

  /** An element start: '<', a name (maybe prefixed), then a space, '>' or '/'. */
  private static final Pattern ELEMENT = Pattern.compile("<([a-z][\\w.-]*(?::[\\w.-]+)?)[\\s/>]");

  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf");

  private StreamSniffer() {}

  /**
   * The kind of input: JSON Lines when the first non-blank byte (a BOM is skipped) is '{'; when it
   * is '<', a feed or HTML by the name of the first element within the lookahead (declarations,
   * comments and processing instructions before it are passed over); else text.
   */
  static Kind sniff(BufferedInputStream in) throws IOException {
    in.mark(LOOKAHEAD);
    byte[] head;
    try {
      head = in.readNBytes(LOOKAHEAD);
    } finally {
      in.reset();
    }
    int first = firstNonBlank(head);
    if (first < 0) {
      return Kind.TEXT;
    }
    if (head[first] == '{') {
      return Kind.JSON_LINES;
    }
    return head[first] == '<' ? markup(new String(head, StandardCharsets.ISO_8859_1)) : Kind.TEXT;
  }

  private static int firstNonBlank(byte[] head) {
    for (int i = 0; i < head.length; i++) {
      int b = head[i] & 0xff;
      if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
        return i;
      }
    }
    return -1;
  }

  private static Kind markup(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    Matcher m = ELEMENT.matcher(withoutComments(lower));
    if (!m.find()) {
      return lower.contains("<!doctype html") ? Kind.HTML : Kind.TEXT;
    }
    String name = m.group(1);
    String local = name.substring(name.indexOf(':') + 1);
    if (FEED_ROOTS.contains(local) || name.equals("rdf:rdf")) {
      return Kind.FEED;
    }
    return local.equals("html") ? Kind.HTML : Kind.TEXT;
  }

  private static String withoutComments(String s) {
    return s.replaceAll("(?s)<!--.*?-->", " ");
  }
}
