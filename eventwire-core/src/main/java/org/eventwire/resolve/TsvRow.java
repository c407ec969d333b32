package org.eventwire.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One data line of a knowledge TSV file (actors, sanctions, gazetteer). Files are UTF-8 and
 * tab-separated; lines starting with {@code #} and blank lines are comments; the first other line
 * is the header, which must name exactly the expected columns. A cell holding only {@code -} counts
 * as empty; missing trailing cells are empty. Every error names the file and line.
 *
 * @param source where the line is, {@code file:line}
 * @param cells its cells, trimmed, as many as the header has columns
 */
public record TsvRow(String source, List<String> cells) {

  public TsvRow {
    cells = List.copyOf(cells);
  }

  /** The cell in column {@code i}, trimmed; empty when blank or {@code -}. */
  public String cell(int i) {
    String text = cells.get(i);
    return text.equals("-") ? "" : text;
  }

  /** The cell in column {@code i}, which must not be empty. */
  public String required(int i) {
    if (cell(i).isEmpty()) {
      throw error("column " + (i + 1) + " is empty");
    }
    return cell(i);
  }

  /** The cell as a {@code |}-separated list without empty items. */
  public List<String> list(int i) {
    List<String> out = new ArrayList<>();
    for (String item : cell(i).split("\\|")) {
      if (!item.isBlank()) {
        out.add(item.strip());
      }
    }
    return List.copyOf(out);
  }

  /** The cell as an ISO date, or null when empty. */
  public LocalDate date(int i) {
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

  /** An error about this line. */
  public IllegalArgumentException error(String message) {
    return new IllegalArgumentException(source + ": " + message);
  }

  /**
   * Reads every data line of a file whose header must be {@code columns}.
   *
   * @param file the file's name, for {@link #source()}
   * @param reader its text
   * @param columns the header it must have
   * @param requireHeader whether a file without a header (empty, or comments only) is an error;
   *     otherwise it has no rows
   */
  public static List<TsvRow> read(
      String file, BufferedReader reader, List<String> columns, boolean requireHeader) {
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
    if (!headerSeen && requireHeader) {
      throw new IllegalArgumentException(file + ": no header line");
    }
    return List.copyOf(rows);
  }
}
