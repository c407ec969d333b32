package org.eventwire.resolve.sanctions;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * One measure of a regime, from {@code measures.tsv}.
 *
 * @param regime regime id
 * @param id measure id, unique within the regime ({@code regime} for the regime as a whole)
 * @param target ISO 3166-1 alpha-3 country, or {@code listed}
 * @param basis the legal basis flags report, e.g. "UNSCR 2397 (2017) OP 8"
 * @param also resolutions that extended or restated it
 * @param inForceFrom first day in force
 * @param inForceTo first day no longer in force, or null while in force
 * @param summary what it covers, in our own words
 * @param note caveats ("uncertain:" paragraph numbers)
 * @param source file and line
 */
public record Measure(
    String regime,
    String id,
    String target,
    String basis,
    List<String> also,
    LocalDate inForceFrom,
    LocalDate inForceTo,
    String summary,
    String note,
    String source) {

  static final List<String> COLUMNS =
      List.of(
          "regime",
          "measure",
          "target",
          "basis",
          "also",
          "in_force_from",
          "in_force_to",
          "summary",
          "note");

  public Measure {
    also = List.copyOf(also);
  }

  static Measure of(TsvRow row) {
    Measure m =
        new Measure(
            row.required(0),
            row.required(1),
            row.required(2),
            row.required(3),
            row.list(4),
            row.date(5),
            row.date(6),
            row.required(7),
            row.cell(8),
            row.source());
    if (m.inForceFrom == null) {
      throw row.error("in_force_from is empty");
    }
    if (m.inForceTo != null && !m.inForceTo.isAfter(m.inForceFrom)) {
      throw row.error("in_force_to is not after in_force_from");
    }
    return m;
  }

  /** True when the measure was in force on at least one day of {@code span}. */
  public boolean inForceDuring(DateSpan span) {
    boolean startedInTime = !inForceFrom.isAfter(span.last());
    boolean notEndedBefore = inForceTo == null || inForceTo.isAfter(span.first());
    return startedInTime && notEndedBefore;
  }

  /** True when no end date is recorded. */
  public boolean openEnded() {
    return inForceTo == null;
  }
}
