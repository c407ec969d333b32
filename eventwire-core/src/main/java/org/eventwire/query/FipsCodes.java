package org.eventwire.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ISO 3166-1 alpha-3 country codes to the FIPS 10-4 codes GDELT uses for locations, from the data
 * file {@code eventwire/export/fips10-4.tsv} (sources in its header and in {@code docs/store.md}).
 *
 * @param byIso3 FIPS 10-4 code by ISO alpha-3 code
 */
public record FipsCodes(Map<String, String> byIso3) {
  /** The bundled table's resource path. */
  public static final String RESOURCE = "/eventwire/export/fips10-4.tsv";

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern FIPS = Pattern.compile("[A-Z]{2}");

  public FipsCodes {
    byIso3 = Map.copyOf(byIso3);
  }

  /** The bundled table. */
  public static FipsCodes bundled() {
    try (InputStream in = FipsCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(r.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses the table's lines ({@code #} comments, a header row {@code iso3}, then {@code iso3 TAB
   * fips TAB name}); a bad or repeated row fails, naming {@code source} and the line.
   */
  public static FipsCodes parse(List<String> lines, String source) {
    Map<String, String> codes = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("iso3\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = source + ":" + (i + 1);
      if (f.length < 2 || !ISO3.matcher(f[0]).matches() || !FIPS.matcher(f[1]).matches()) {
        throw new IllegalArgumentException(
            where + ": expected 'ISO3<TAB>FIPS<TAB>name', got '" + line + "'");
      }
      if (codes.putIfAbsent(f[0], f[1]) != null) {
        throw new IllegalArgumentException(where + ": " + f[0] + " is listed twice");
      }
    }
    return new FipsCodes(codes);
  }

  /** The FIPS 10-4 code of an ISO alpha-3 code, or "" when there is none (or no code). */
  public String of(String iso3) {
    return iso3 == null ? "" : byIso3.getOrDefault(iso3, "");
  }
}
