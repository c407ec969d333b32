package org.eventwire.resolve.actors;

import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * A phrase that contains an actor word but names no actor ("Northern Ireland"), from {@code
 * nonactors.tsv}.
 *
 * @param phrase the phrase
 * @param note why it is listed
 * @param source file and line
 */
public record NonActor(String phrase, String note, String source) implements KbEntry {

  static final List<String> COLUMNS = List.of("phrase", "note");

  static NonActor of(TsvRow row) {
    return new NonActor(row.required(0), row.cell(1), row.source());
  }
}
