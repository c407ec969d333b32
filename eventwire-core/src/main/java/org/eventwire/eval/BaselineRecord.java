package org.eventwire.eval;

import java.util.List;

/**
 * What a reference coder (PETRARCH2) produced for one suite record.
 *
 * @param id record id
 * @param file the suite file the record belongs to
 * @param predicted the produced codings, or null when the record was skipped
 * @param exception the error the reference coder raised, or null
 */
public record BaselineRecord(String id, String file, List<Triple> predicted, String exception) {

  public BaselineRecord {
    predicted = predicted == null ? null : List.copyOf(predicted);
  }
}
