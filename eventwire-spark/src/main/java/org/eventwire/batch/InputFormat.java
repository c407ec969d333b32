package org.eventwire.batch;

import java.util.Locale;

/** The article formats the batch job reads. */
public enum InputFormat {
  /** One article per line, as {@code bin/eventwire code} reads it (contract input format). */
  JSONL,
  /** Columns {@code id}, {@code text} and optionally {@code published}, {@code title}, ... */
  PARQUET;

  /** The format a path's name suggests: {@code .parquet} is Parquet, anything else JSON Lines. */
  public static InputFormat of(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    while (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.endsWith(".parquet") ? PARQUET : JSONL;
  }

  /** The format with this name on the command line ({@code jsonl} or {@code parquet}), any case. */
  public static InputFormat parse(String s) {
    for (InputFormat f : values()) {
      if (f.name().equalsIgnoreCase(s)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown input format '" + s + "' (jsonl or parquet)");
  }
}
