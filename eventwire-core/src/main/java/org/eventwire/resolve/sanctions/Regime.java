package org.eventwire.resolve.sanctions;

import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * A UN Security Council sanctions regime, from {@code regimes.tsv}.
 *
 * @param id flag id, e.g. UNSC-1718
 * @param name short name
 * @param established the resolution that set it up
 * @param target ISO 3166-1 alpha-3 country, or {@code listed}
 * @param listTypes the Consolidated List's UN_LIST_TYPE values for its entries
 * @param note dates and caveats
 * @param source file and line
 */
public record Regime(
    String id,
    String name,
    String established,
    String target,
    List<String> listTypes,
    String note,
    String source) {

  static final List<String> COLUMNS =
      List.of("regime", "name", "established", "target", "list_type", "note");

  public Regime {
    listTypes = List.copyOf(listTypes);
  }

  static Regime of(TsvRow row) {
    return new Regime(
        row.required(0),
        row.required(1),
        row.required(2),
        row.required(3),
        row.list(4),
        row.cell(5),
        row.source());
  }
}
