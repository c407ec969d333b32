package org.eventwire.query;

import java.util.Locale;

/** The export formats. */
public enum ExportFormat {
  /** Contract records, one per line, each with {@code cluster_id}. */
  JSONL,
  /** The GDELT 2.0 event table: 61 tab-separated columns, no header. */
  CSV_GDELT,
  /** PLOVER/POLECAT-style JSON, one record per line. */
  PLOVER,
  /** Parquet written by DuckDB's COPY. */
  PARQUET;

  /**
   * The name on the command line: {@code jsonl}, {@code csv-gdelt}, {@code plover}, {@code
   * parquet}.
   */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The format with this command-line name, any case. */
  public static ExportFormat parse(String s) {
    for (ExportFormat f : values()) {
      if (f.cliName().equalsIgnoreCase(s)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + s + "' (expected jsonl, csv-gdelt, plover or parquet)");
  }
}
