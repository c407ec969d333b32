package org.eventwire.resolve.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.eventwire.resolve.TsvRow;

/**
 * Reads the gazetteer files (formats in {@code docs/gazetteer.md}): UTF-8, tab-separated, {@code #}
 * lines are comments, the first other line is the header, list cells use {@code |}.
 */
final class PlaceFiles {

  static final String PLACES = "places.tsv.gz";
  static final String SITES = "sites.tsv";
  static final String ALIASES = "aliases.tsv";

  static final List<String> PLACE_COLUMNS =
      List.of(
          "id",
          "kind",
          "name",
          "ascii",
          "alternates",
          "country",
          "admin1_code",
          "admin1",
          "lat",
          "lon",
          "population",
          "feature",
          "capital",
          "iso3166_2");
  static final List<String> SITE_COLUMNS =
      List.of("id", "kind", "name", "alternates", "country", "admin1", "lat", "lon", "source");
  static final List<String> ALIAS_COLUMNS = List.of("alias", "target", "note");

  /** One alias row: another name for an existing entry. */
  record Alias(String alias, String target, String source) {}

  private PlaceFiles() {}

  static BufferedReader open(InputStream in, boolean gzip) throws IOException {
    InputStream raw = gzip ? new GZIPInputStream(in, 1 << 16) : in;
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
  }

  /** The generated GeoNames-derived table. */
  static List<GazetteerEntry> places(String file, BufferedReader reader) {
    List<GazetteerEntry> out = new ArrayList<>();
    read(
        file,
        reader,
        PLACE_COLUMNS,
        (source, c) -> {
          List<String> names = new ArrayList<>(List.of(c[2]));
          if (!c[3].isEmpty() && !c[3].equals(c[2])) {
            names.add(c[3]);
          }
          PlaceKind kind = PlaceKind.parse(c[1]);
          List<String> alternates = list(c[4]);
          if (kind == PlaceKind.COUNTRY) { // curated country names count as primary
            names.addAll(alternates);
            alternates = List.of();
          }
          Place place =
              new Place(
                  c[0],
                  c[2],
                  emptyToNull(c[5]),
                  emptyToNull(c[7]),
                  number(source, c[8]),
                  number(source, c[9]),
                  Long.parseLong(c[10]),
                  kind);
          out.add(new GazetteerEntry(place, c[11], c[6], c[12], names, alternates, false));
        });
    return out;
  }

  /** Sites and regions written for eventwire. */
  static List<GazetteerEntry> sites(String file, BufferedReader reader) {
    List<GazetteerEntry> out = new ArrayList<>();
    read(
        file,
        reader,
        SITE_COLUMNS,
        (source, c) -> {
          PlaceKind kind = PlaceKind.parse(c[1]);
          if (kind != PlaceKind.SITE && kind != PlaceKind.REGION) {
            throw new IllegalArgumentException(source + ": kind must be site or region");
          }
          if (c[0].isEmpty() || c[2].isEmpty()) {
            throw new IllegalArgumentException(source + ": id and name are required");
          }
          Place place =
              new Place(
                  "eventwire-site:" + c[0],
                  c[2],
                  emptyToNull(c[4]),
                  emptyToNull(c[5]),
                  number(source, c[6]),
                  number(source, c[7]),
                  0,
                  kind);
          List<String> names = new ArrayList<>(List.of(c[2]));
          names.addAll(list(c[3]));
          out.add(new GazetteerEntry(place, "eventwire." + c[1], "", "", names, List.of(), true));
        });
    return out;
  }

  static List<Alias> aliases(String file, BufferedReader reader) {
    List<Alias> out = new ArrayList<>();
    read(file, reader, ALIAS_COLUMNS, (source, c) -> out.add(new Alias(c[0], c[1], source)));
    return out;
  }

  private interface RowHandler {
    void accept(String source, String[] cells);
  }

  private static void read(
      String file, BufferedReader reader, List<String> columns, RowHandler handler) {
    for (TsvRow row : TsvRow.read(file, reader, columns, false)) {
      handler.accept(row.source(), row.cells().toArray(String[]::new));
    }
  }

  private static List<String> list(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static double number(String source, String cell) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": bad number '" + cell + "'", e);
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
