package org.eventwire.ingest;

import java.util.Locale;

/** The kind of an input file, told by its extension (a trailing {@code .gz} is looked through). */
enum InputKind {
  WIRE,
  JSONL,
  HTML,
  FEED,
  UNKNOWN;

  static InputKind of(String fileName) {
    String name = withoutGzip(fileName).toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return WIRE;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return FEED;
    }
    return UNKNOWN;
  }

  static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The article id a file gives: its name without {@code .gz} and without its extension. */
  static String idOf(String fileName) {
    String name = withoutGzip(fileName);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String withoutGzip(String fileName) {
    return isGzip(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
  }
}
