package org.eventwire.coding.lexicon;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eventwire.coding.lexicon.PredicateEntry.Pos;
import org.eventwire.model.PloverType;

/**
 * The predicate lexicon: verb and eventive-noun lemmas with the events they trigger. Immutable and
 * safe to share between threads.
 *
 * <p>Lookup priority for one use of a verb: a row with particle and objects beats a row with a
 * particle only, which beats a row with objects only, which beats a plain row. A row with a
 * particle applies only when that particle is present; a row with objects applies only when the
 * object head is one of them. Among equally specific rows the earlier line wins.
 */
public final class PredicateLexicon {
  /**
   * Prepositions whose phrase on a verb with no matching object may choose a row: {@code to:street}
   * for "took to the streets" (PredicateFinder builds these keys).
   */
  public static final List<String> CLAUSE_PREPOSITIONS =
      List.of("to", "into", "in", "under", "from", "against", "on");

  /** Classpath location of the default predicate file. */
  public static final String DEFAULT_RESOURCE = "eventwire/lexicon/predicates.tsv";

  private static final Comparator<PredicateEntry> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(PredicateEntry::specificity)
          .reversed()
          .thenComparingInt(PredicateEntry::line);

  private final Map<String, List<PredicateEntry>> verbs;
  private final Map<String, List<PredicateEntry>> nouns;
  private final List<PredicateEntry> entries;

  private PredicateLexicon(List<PredicateEntry> entries) {
    this.entries = List.copyOf(entries);
    this.verbs = index(entries, Pos.VERB);
    this.nouns = index(entries, Pos.NOUN);
  }

  /**
   * Loads {@value #DEFAULT_RESOURCE} from the classpath and checks every mode and context against
   * {@link PloverTypes#loadDefault()}.
   */
  public static PredicateLexicon loadDefault() {
    return loadResource(DEFAULT_RESOURCE, PloverTypes.loadDefault());
  }

  /** Loads a predicate file and checks its syntax, types, CAMEO codes and unique keys. */
  public static PredicateLexicon load(Reader reader, String sourceName) {
    List<PredicateEntry> entries = new ArrayList<>();
    Map<String, PredicateEntry> seen = new HashMap<>();
    for (TsvRow row : TsvRow.readAll(reader, sourceName, PredicateRows.COLUMNS)) {
      PredicateEntry entry = PredicateRows.parse(row);
      PredicateEntry earlier = seen.putIfAbsent(key(entry), entry);
      if (earlier != null) {
        throw row.error("duplicate of line " + earlier.line() + " (" + key(entry) + ")");
      }
      entries.add(entry);
    }
    return new PredicateLexicon(entries);
  }

  /**
   * Loads a predicate file as {@link #load(Reader, String)} does and also checks that every mode
   * and context is allowed for its row's type.
   */
  public static PredicateLexicon load(Reader reader, String sourceName, PloverTypes types) {
    PredicateLexicon lexicon = load(reader, sourceName);
    for (PredicateEntry entry : lexicon.entries) {
      types
          .problem(entry)
          .ifPresent(
              problem -> {
                throw new LexiconException(sourceName, entry.line(), problem);
              });
    }
    return lexicon;
  }

  static PredicateLexicon loadResource(String resource, PloverTypes types) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    InputStream in = PredicateLexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new LexiconException(name, 0, "not found on the classpath at " + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return load(reader, name, types);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(name + ": cannot read", e);
    }
  }

  /** All verb rows for the lemma, most specific first; empty when the lemma is unknown. */
  public List<PredicateEntry> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** All noun rows for the lemma, most specific first; empty when the lemma is unknown. */
  public List<PredicateEntry> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /**
   * The verb row that applies to one use of a verb.
   *
   * @param lemma the verb lemma
   * @param particle the particle attached to it ({@code compound:prt}), or null
   * @param objectLemma the lemma heading its direct object, or null
   */
  public Optional<PredicateEntry> bestVerb(String lemma, String particle, String objectLemma) {
    return best(verb(lemma), particle, objectLemma);
  }

  /**
   * The noun row that applies to one use of an eventive noun.
   *
   * @param lemma the noun lemma
   * @param modifierLemma the lemma of a compound or {@code of} modifier (e.g. "missile" in "missile
   *     launch"), or null
   */
  public Optional<PredicateEntry> bestNoun(String lemma, String modifierLemma) {
    return best(noun(lemma), null, modifierLemma);
  }

  /** All rows in file order. */
  public List<PredicateEntry> entries() {
    return entries;
  }

  /** Number of rows. */
  public int size() {
    return entries.size();
  }

  /** The PLOVER types that at least one row triggers. */
  public Set<PloverType> types() {
    Set<PloverType> types = EnumSet.noneOf(PloverType.class);
    entries.forEach(e -> types.add(e.type()));
    return Set.copyOf(types);
  }

  /** The verb and noun lemmas, sorted. */
  public Set<String> lemmas(Pos pos) {
    return new TreeSet<>((pos == Pos.VERB ? verbs : nouns).keySet());
  }

  private static Optional<PredicateEntry> best(
      List<PredicateEntry> rows, String particle, String objectLemma) {
    return rows.stream().filter(e -> e.matches(particle, objectLemma)).findFirst();
  }

  private static Map<String, List<PredicateEntry>> index(
      Collection<PredicateEntry> entries, Pos pos) {
    Map<String, List<PredicateEntry>> byLemma = new LinkedHashMap<>();
    for (PredicateEntry entry : entries) {
      if (entry.pos() == pos) {
        byLemma.computeIfAbsent(entry.lemma(), k -> new ArrayList<>()).add(entry);
      }
    }
    Map<String, List<PredicateEntry>> sorted = new HashMap<>();
    byLemma.forEach(
        (lemma, rows) -> sorted.put(lemma, rows.stream().sorted(MOST_SPECIFIC_FIRST).toList()));
    return Map.copyOf(sorted);
  }

  private static String key(PredicateEntry e) {
    return e.lemma()
        + "/"
        + (e.pos() == Pos.VERB ? "V" : "N")
        + "/"
        + (e.particle() == null ? "-" : e.particle())
        + "/"
        + (e.objects().isEmpty() ? "-" : String.join(",", new TreeSet<>(e.objects())));
  }
}
