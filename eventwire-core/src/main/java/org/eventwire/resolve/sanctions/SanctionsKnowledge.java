package org.eventwire.resolve.sanctions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eventwire.resolve.TsvRow;

/**
 * The sanctions knowledge: regimes, measures, word lists and rules, read once from the TSV files in
 * {@value #RESOURCE_DIR} (documented in {@code docs/sanctions.md}) and checked for consistency.
 * Immutable.
 */
public final class SanctionsKnowledge {

  /** Classpath folder of the files shipped with eventwire. */
  public static final String RESOURCE_DIR = "eventwire/sanctions/";

  static final String REGIMES = "regimes.tsv";
  static final String MEASURES = "measures.tsv";
  static final String WORDS = "words.tsv";
  static final String RULES = "rules.tsv";

  private static final List<String> WORD_COLUMNS = List.of("list", "phrases", "note");

  private final Map<String, Regime> regimes;
  private final Map<String, Measure> measures;
  private final List<Rule> rules;

  SanctionsKnowledge(List<Regime> regimes, List<Measure> measures, List<Rule> rules) {
    Map<String, Regime> regimeMap = new LinkedHashMap<>();
    for (Regime r : regimes) {
      if (regimeMap.put(r.id(), r) != null) {
        throw new IllegalArgumentException(r.source() + ": duplicate regime " + r.id());
      }
    }
    Map<String, Measure> measureMap = new LinkedHashMap<>();
    for (Measure m : measures) {
      if (!regimeMap.containsKey(m.regime())) {
        throw new IllegalArgumentException(m.source() + ": unknown regime " + m.regime());
      }
      if (measureMap.put(key(m.regime(), m.id()), m) != null) {
        throw new IllegalArgumentException(m.source() + ": duplicate measure " + m.id());
      }
    }
    this.regimes = java.util.Collections.unmodifiableMap(regimeMap);
    this.measures = java.util.Collections.unmodifiableMap(measureMap);
    this.rules = List.copyOf(rules);
    check();
  }

  /** Loads the knowledge shipped in the jar. */
  public static SanctionsKnowledge loadDefault() {
    return load(
        file -> {
          InputStream in =
              SanctionsKnowledge.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
          if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE_DIR + file);
          }
          return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        });
  }

  /** Loads the knowledge from a folder holding the four files under the shipped names. */
  public static SanctionsKnowledge load(Path dir) {
    return load(
        file -> {
          Path path = dir.resolve(file);
          try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(path.toString(), e);
          }
        });
  }

  private static SanctionsKnowledge load(Function<String, BufferedReader> opener) {
    List<Regime> regimes = read(opener, REGIMES, Regime.COLUMNS).stream().map(Regime::of).toList();
    List<Measure> measures =
        read(opener, MEASURES, Measure.COLUMNS).stream().map(Measure::of).toList();
    Map<String, List<String>> wordLists = new HashMap<>();
    for (TsvRow row : read(opener, WORDS, WORD_COLUMNS)) {
      if (wordLists.put(row.required(0), row.list(1)) != null) {
        throw row.error("duplicate word list " + row.cell(0));
      }
    }
    List<Rule> rules = new ArrayList<>();
    for (TsvRow row : read(opener, RULES, Rule.COLUMNS)) {
      rules.add(Rule.of(row, wordLists));
    }
    return new SanctionsKnowledge(regimes, measures, rules);
  }

  private static List<TsvRow> read(
      Function<String, BufferedReader> opener, String file, List<String> columns) {
    try (BufferedReader reader = opener.apply(file)) {
      return TsvRow.read(file, reader, columns, true);
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  public List<Regime> regimes() {
    return List.copyOf(regimes.values());
  }

  public List<Measure> measures() {
    return List.copyOf(measures.values());
  }

  /** The rules in file order. */
  public List<Rule> rules() {
    return rules;
  }

  public Optional<Regime> regime(String id) {
    return Optional.ofNullable(regimes.get(id));
  }

  public Optional<Measure> measure(String regime, String id) {
    return Optional.ofNullable(measures.get(key(regime, id)));
  }

  /** The regimes whose entries carry a Consolidated List type (UN_LIST_TYPE). */
  public List<Regime> regimesForListType(String listType) {
    return regimes.values().stream()
        .filter(r -> r.listTypes().stream().anyMatch(t -> t.equalsIgnoreCase(listType.strip())))
        .toList();
  }

  private static String key(String regime, String measure) {
    return regime + "\t" + measure;
  }

  private void check() {
    for (Regime r : regimes.values()) {
      if (!measures.containsKey(key(r.id(), "regime"))) {
        throw new IllegalArgumentException(
            r.source() + ": regime " + r.id() + " has no row 'regime'");
      }
    }
    Map<String, Rule> ids = new HashMap<>();
    for (Rule rule : rules) {
      if (ids.put(rule.id(), rule) != null) {
        throw new IllegalArgumentException(rule.source() + ": duplicate rule id " + rule.id());
      }
      if (rule.regime().equals(Rule.LISTED_REGIME)) {
        continue;
      }
      if (!regimes.containsKey(rule.regime())) {
        throw new IllegalArgumentException(rule.source() + ": unknown regime " + rule.regime());
      }
      for (String m : rule.measures()) {
        if (!measures.containsKey(key(rule.regime(), m))) {
          throw new IllegalArgumentException(
              rule.source() + ": regime " + rule.regime() + " has no measure " + m);
        }
      }
    }
  }
}
