package org.eventwire.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.resolve.TsvRow;

/**
 * CAMEO subcodes of an appeal, demand, promise, refusal or threat, taken from the act it is about
 * ({@code eventwire/coding/act-subcodes.tsv}): asking for military aid (072) is 0232, promising to
 * release prisoners (084) is 0353, threatening a blockade (191) is 1381. Immutable.
 */
final class ActSubcodes {

  /** The verbal families whose second level follows the act. */
  enum Family {
    APPEAL,
    DEMAND,
    PROMISE,
    REFUSAL,
    THREAT
  }

  static final String RESOURCE = "eventwire/coding/act-subcodes.tsv";

  private static final List<String> COLUMNS =
      List.of("act", "appeal", "demand", "promise", "refusal", "threat", "note");

  private final Map<String, Map<Family, String>> byAct;

  private ActSubcodes(Map<String, Map<Family, String>> byAct) {
    this.byAct = Map.copyOf(byAct);
  }

  static ActSubcodes loadDefault() {
    InputStream in = ActSubcodes.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    return load(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
  }

  static ActSubcodes load(Reader reader, String source) {
    Map<String, Map<Family, String>> byAct = new HashMap<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      for (TsvRow row : TsvRow.read(source, in, COLUMNS, true)) {
        String act = cameo(row, 0);
        Map<Family, String> codes = new EnumMap<>(Family.class);
        for (Family f : Family.values()) {
          String code = row.cell(f.ordinal() + 1);
          if (!code.isEmpty()) {
            codes.put(f, cameo(row, f.ordinal() + 1));
          }
        }
        if (byAct.put(act, Map.copyOf(codes)) != null) {
          throw row.error("act " + act + " listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source, e);
    }
    return new ActSubcodes(byAct);
  }

  private static String cameo(TsvRow row, int column) {
    String code = row.required(column);
    if (!code.matches("\\d{2,4}")) {
      throw row.error("'" + code + "' is no CAMEO code");
    }
    return code;
  }

  /**
   * This event with a finer code when it carries its family's general code (020 appeal, 100 demand,
   * 030 promise, 120 refusal, 130 threat) and its clause names the act it is about ("urged Minsk to
   * free the journalists": 0253; "agreed to lift the sanctions": 0354); else the event unchanged.
   */
  Event refine(Event e, String actCode) {
    return refined(e.type(), e.cameo(), actCode).map(e::withCameo).orElse(e);
  }

  /** The finer code {@link #refine} gives an event of this type and general code, if any. */
  Optional<String> refined(PloverType type, String cameo, String actCode) {
    Family family =
        switch (type + " " + cameo) {
          case "REQUEST 020" -> Family.APPEAL;
          case "REQUEST 100" -> Family.DEMAND;
          case "AGREE 030" -> Family.PROMISE;
          case "REJECT 120" -> Family.REFUSAL;
          case "THREATEN 130" -> Family.THREAT;
          default -> null;
        };
    return family == null ? Optional.empty() : of(family, actCode);
  }

  /**
   * The code of a {@code family} event about an act coded {@code actCode}: the row of the longest
   * prefix of the act's code that has one, else empty (the event keeps its general code).
   */
  Optional<String> of(Family family, String actCode) {
    if (actCode == null) {
      return Optional.empty();
    }
    for (int n = actCode.length(); n >= 2; n--) {
      Map<Family, String> codes = byAct.get(actCode.substring(0, n));
      if (codes != null && codes.containsKey(family)) {
        return Optional.of(codes.get(family));
      }
    }
    return Optional.empty();
  }
}
