package org.eventwire.coding.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventwire.model.PloverType;

/**
 * Defaults per PLOVER type (quad class, intensity, allowed modes and contexts), read from {@code
 * plover-types.tsv} and {@code contexts.tsv}. Immutable and safe to share between threads.
 */
public final class PloverTypes {

  /** Classpath location of the type table. */
  public static final String TYPES_RESOURCE = "eventwire/lexicon/plover-types.tsv";

  /** Classpath location of the context list. */
  public static final String CONTEXTS_RESOURCE = "eventwire/lexicon/contexts.tsv";

  private static final Pattern TAG = Pattern.compile("[a-z][a-z_-]*");
  private static final String ALL = "*";

  private final Map<PloverType, PloverTypeInfo> infos;
  private final Set<String> contexts;

  private PloverTypes(Map<PloverType, PloverTypeInfo> infos, Set<String> contexts) {
    this.infos = Map.copyOf(infos);
    this.contexts = Set.copyOf(contexts);
  }

  /** Loads the type table and context list from the classpath. */
  public static PloverTypes loadDefault() {
    try (Reader types = open(TYPES_RESOURCE);
        Reader contexts = open(CONTEXTS_RESOURCE)) {
      return load(types, name(TYPES_RESOURCE), contexts, name(CONTEXTS_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the PLOVER type table", e);
    }
  }

  /**
   * Loads a type table ({@code type quad_class intensity modes contexts}) and a context list
   * ({@code context origin note}). Every PLOVER type must have exactly one row; a contexts cell of
   * {@code *} allows every listed context.
   */
  public static PloverTypes load(
      Reader typeTable, String typeSource, Reader contextList, String contextSource) {
    Set<String> known = new LinkedHashSet<>();
    for (TsvRow row : TsvRow.readAll(contextList, contextSource, 3)) {
      String context = row.cell(0);
      if (!TAG.matcher(context).matches()) {
        throw row.error("bad context '" + context + "'");
      }
      if (!known.add(context)) {
        throw row.error("duplicate context '" + context + "'");
      }
    }
    Map<PloverType, PloverTypeInfo> infos = new EnumMap<>(PloverType.class);
    for (TsvRow row : TsvRow.readAll(typeTable, typeSource, 5)) {
      PloverTypeInfo info = parse(row, known);
      if (infos.put(info.type(), info) != null) {
        throw row.error("duplicate type '" + info.type() + "'");
      }
    }
    for (PloverType type : PloverType.values()) {
      if (!infos.containsKey(type)) {
        throw new LexiconException(typeSource, 0, "no row for type " + type);
      }
    }
    return new PloverTypes(infos, known);
  }

  /** The defaults for a type. */
  public PloverTypeInfo info(PloverType type) {
    return infos.get(type);
  }

  /** Every context known to eventwire. */
  public Set<String> contexts() {
    return contexts;
  }

  /**
   * The quad class implied by a CAMEO code's two-digit root: 01–05 verbal cooperation (1), 06–08
   * material cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
   *
   * @throws IllegalArgumentException when the code is not 2–4 digits with a root 01..20
   */
  public int quadClassOf(String cameo) {
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO code: " + cameo);
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root out of range 01..20: " + cameo);
    }
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 ? 3 : 4;
  }

  /** Why an entry's mode or contexts do not fit its type, or empty when they do. */
  public Optional<String> problem(PredicateEntry entry) {
    PloverTypeInfo info = info(entry.type());
    if (!info.allowsMode(entry.mode())) {
      return Optional.of("mode '" + entry.mode() + "' is not a mode of " + entry.type());
    }
    return entry.contexts().stream()
        .filter(c -> !info.allowsContext(c))
        .findFirst()
        .map(c -> "context '" + c + "' is not allowed for " + entry.type());
  }

  private static PloverTypeInfo parse(TsvRow row, Set<String> known) {
    PloverType type =
        Arrays.stream(PloverType.values())
            .filter(t -> t.name().equals(row.cell(0)))
            .findFirst()
            .orElseThrow(() -> row.error("unknown type '" + row.cell(0) + "'"));
    int quad = number(row, 1, "quad class").intValue();
    double intensity = number(row, 2, "intensity");
    if (quad < 1 || quad > 4 || quad != number(row, 1, "quad class")) {
      throw row.error("quad class must be 1, 2, 3 or 4: '" + row.cell(1) + "'");
    }
    if (intensity < -10 || intensity > 10) {
      throw row.error("intensity must lie in -10..10: '" + row.cell(2) + "'");
    }
    Set<String> modes = tags(row, row.cell(3), "mode");
    Set<String> contexts;
    if (row.cell(4).equals(ALL)) {
      contexts = known;
    } else {
      contexts = tags(row, row.cell(4), "context");
      contexts.stream()
          .filter(c -> !known.contains(c))
          .findFirst()
          .ifPresent(
              c -> {
                throw row.error("unknown context '" + c + "'");
              });
    }
    return new PloverTypeInfo(type, quad, intensity, modes, contexts);
  }

  private static Double number(TsvRow row, int column, String what) {
    try {
      return Double.valueOf(row.cell(column));
    } catch (NumberFormatException e) {
      throw row.error("bad " + what + " '" + row.cell(column) + "'");
    }
  }

  private static Set<String> tags(TsvRow row, String cell, String what) {
    if (cell.equals("-") || cell.isEmpty()) {
      return Set.of();
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : List.of(cell.split(",", -1))) {
      String t = tag.strip();
      if (!TAG.matcher(t).matches() || !tags.add(t)) {
        throw row.error("bad or repeated " + what + " '" + t + "'");
      }
    }
    return tags;
  }

  private static Reader open(String resource) {
    InputStream in = PloverTypes.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new LexiconException(name(resource), 0, "not found on the classpath at " + resource);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String name(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
