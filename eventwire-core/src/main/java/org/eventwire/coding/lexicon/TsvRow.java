package org.eventwire.coding.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One data line of a tab-separated lexicon file, with its line number. Lines that are blank or
 * start with {@code #} are comments and yield no row.
 */
record TsvRow(String source, int line, List<String> cells) {

  TsvRow {
    cells = List.copyOf(cells);
  }

  /** Reads all data rows; each must have exactly {@code columns} cells. */
  static List<TsvRow> readAll(Reader reader, String source, int columns) {
    List<TsvRow> rows = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    try {
      int number = 0;
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank() || text.stripLeading().startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(text.split("\t", -1));
        if (cells.size() != columns) {
          throw new LexiconException(
              source,
              number,
              "expected " + columns + " tab-separated columns, found " + cells.size());
        }
        rows.add(new TsvRow(source, number, cells.stream().map(String::strip).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read", e);
    }
    return List.copyOf(rows);
  }

  String cell(int column) {
    return cells.get(column);
  }

  LexiconException error(String problem) {
    return new LexiconException(source, line, problem);
  }
}
