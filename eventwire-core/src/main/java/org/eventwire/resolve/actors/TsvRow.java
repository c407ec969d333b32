package org.eventwire.resolve.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One data line of a knowledge-base TSV file.
 *
 * <p>Files are UTF-8, tab-separated; lines starting with {@code #} and blank lines are comments;
 * the first other line is the header naming the columns. Missing trailing cells are empty.
 *
 * @param source where the line is, {@code file:line}
 * @param cells its cells, trimmed, as many as the header has columns
 */
record TsvRow(String source, List<String> cells) {

  TsvRow {
    cells = List.copyOf(cells);
  }

  /** The cell in column {@code i}, trimmed; empty when blank. */
  String cell(int i) {
    return cells.get(i);
  }

  /** The cell in column {@code i} as a {@code |}-separated list without empty items. */
  List<String> list(int i) {
    List<String> out = new ArrayList<>();
    for (String item : cell(i).split("\\|")) {
      if (!item.isBlank()) {
        out.add(item.strip());
      }
    }
    return List.copyOf(out);
  }

  /** The cell in column {@code i} as an ISO date, or null when empty. */
  LocalDate date(int i) {
    String text = cell(i);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("bad date '" + text + "'");
    }
  }

  /** The cell in column {@code i}, which must not be empty. */
  String required(int i) {
    if (cell(i).isEmpty()) {
      throw error("column " + (i + 1) + " is empty");
    }
    return cell(i);
  }

  IllegalArgumentException error(String message) {
    return new IllegalArgumentException(source + ": " + message);
  }

  /**
   * Reads a whole TSV file.
   *
   * @param file the file's name, for {@link #source()}
   * @param reader its text
   * @param columns the header it must have
   */
  static List<TsvRow> read(String file, BufferedReader reader, List<String> columns) {
    List<TsvRow> rows = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        cells.replaceAll(String::strip);
        String source = file + ":" + lineNumber;
        if (!headerSeen) {
          if (!cells.equals(columns)) {
            throw new IllegalArgumentException(
                source + ": header should be " + String.join(" | ", columns) + " but is " + cells);
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() > columns.size()) {
          throw new IllegalArgumentException(
              source + ": " + cells.size() + " cells, header has " + columns.size());
        }
        while (cells.size() < columns.size()) {
          cells.add("");
        }
        rows.add(new TsvRow(source, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
    return List.copyOf(rows);
  }
}
