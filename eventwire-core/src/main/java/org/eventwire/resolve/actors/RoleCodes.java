package org.eventwire.resolve.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.resolve.TsvRow;

/**
 * The CAMEO role and religion codes an actor code may stack after its sector ({@code
 * eventwire/actors/roles.tsv}), and which of them are religions. Immutable.
 */
public final class RoleCodes {

  /** What a code is. */
  public enum Kind {
    SECTOR,
    ROLE,
    RELIGION
  }

  static final String RESOURCE = KnowledgeBase.RESOURCE_DIR + "roles.tsv";

  private static final List<String> COLUMNS = List.of("code", "kind", "meaning");

  private final Map<String, Kind> kinds;

  private RoleCodes(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The codes shipped with eventwire. */
  public static RoleCodes loadDefault() {
    InputStream in = RoleCodes.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Kind> kinds = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (TsvRow row : TsvRow.read(RESOURCE, r, COLUMNS, true)) {
        String code = row.required(0);
        if (!code.matches("[A-Z]{3}")) {
          throw row.error("'" + code + "' is not three capital letters");
        }
        Kind kind;
        try {
          kind = Kind.valueOf(row.required(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw row.error("kind must be sector, role or religion");
        }
        if (kinds.put(code, kind) != null) {
          throw row.error("code " + code + " listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    return new RoleCodes(kinds);
  }

  /** True for a code listed in the file. */
  public boolean known(String code) {
    return kinds.containsKey(code);
  }

  /** True for a religion code (MUS, CHR, ...). */
  public boolean religion(String code) {
    return kinds.get(code) == Kind.RELIGION;
  }
}
