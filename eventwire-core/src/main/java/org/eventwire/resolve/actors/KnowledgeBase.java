package org.eventwire.resolve.actors;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The actor knowledge base: countries, international bodies, sector words, named organisations,
 * people and non-actor phrases, read once from TSV files (see {@code docs/actors.md}). Immutable.
 */
public final class KnowledgeBase {

  /** Classpath folder of the files shipped with eventwire. */
  public static final String RESOURCE_DIR = "eventwire/actors/";

  static final String COUNTRIES = "countries.tsv";
  static final String IGOS = "igos.tsv";
  static final String SECTORS = "sectors.tsv";
  static final String ORGANIZATIONS = "organizations.tsv";
  static final String PEOPLE = "people.tsv";
  static final String NONACTORS = "nonactors.tsv";

  private final List<Country> countries;
  private final List<Igo> igos;
  private final List<SectorTerm> sectors;
  private final List<Organization> organizations;
  private final List<Person> people;
  private final List<NonActor> nonActors;
  private final Map<String, Country> countryByIso3;
  private final Map<String, Igo> igoByKey;
  private final Lexicon lexicon;

  KnowledgeBase(
      List<Country> countries,
      List<Igo> igos,
      List<SectorTerm> sectors,
      List<Organization> organizations,
      List<Person> people,
      List<NonActor> nonActors) {
    this.countries = List.copyOf(countries);
    this.igos = List.copyOf(igos);
    this.sectors = List.copyOf(sectors);
    this.organizations = List.copyOf(organizations);
    this.people = List.copyOf(people);
    this.nonActors = List.copyOf(nonActors);
    this.countryByIso3 = index(countries, Country::iso3, Country::source);
    this.igoByKey = index(igos, Igo::key, Igo::source);
    checkReferences();
    this.lexicon = new Lexicon(lexEntries());
  }

  /** Loads the knowledge base shipped in the jar ({@value #RESOURCE_DIR}). */
  public static KnowledgeBase loadDefault() {
    return load(
        file -> {
          InputStream in =
              KnowledgeBase.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
          if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE_DIR + file);
          }
          return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        });
  }

  /**
   * Loads the knowledge base from a folder holding files named as the shipped ones; a missing file
   * counts as empty.
   */
  public static KnowledgeBase load(Path dir) {
    return load(
        file -> {
          Path path = dir.resolve(file);
          try {
            return Files.exists(path)
                ? Files.newBufferedReader(path, StandardCharsets.UTF_8)
                : new BufferedReader(new java.io.StringReader(""));
          } catch (IOException e) {
            throw new UncheckedIOException(path.toString(), e);
          }
        });
  }

  private static KnowledgeBase load(Function<String, BufferedReader> opener) {
    return new KnowledgeBase(
        read(opener, COUNTRIES, Country.COLUMNS, Country::of),
        read(opener, IGOS, Igo.COLUMNS, Igo::of),
        read(opener, SECTORS, SectorTerm.COLUMNS, SectorTerm::of),
        read(opener, ORGANIZATIONS, Organization.COLUMNS, Organization::of),
        read(opener, PEOPLE, Person.COLUMNS, Person::of),
        read(opener, NONACTORS, NonActor.COLUMNS, NonActor::of));
  }

  private static <T> List<T> read(
      Function<String, BufferedReader> opener,
      String file,
      List<String> columns,
      Function<TsvRow, T> parse) {
    try (BufferedReader reader = opener.apply(file)) {
      return TsvRow.read(file, reader, columns).stream().map(parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  public List<Country> countries() {
    return countries;
  }

  public List<Igo> igos() {
    return igos;
  }

  public List<SectorTerm> sectors() {
    return sectors;
  }

  public List<Organization> organizations() {
    return organizations;
  }

  public List<Person> people() {
    return people;
  }

  public List<NonActor> nonActors() {
    return nonActors;
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countryByIso3.get(iso3));
  }

  public Optional<Igo> igo(String key) {
    return Optional.ofNullable(igoByKey.get(key));
  }

  Lexicon lexicon() {
    return lexicon;
  }

  private static <T> Map<String, T> index(
      List<T> items, Function<T, String> key, Function<T, String> source) {
    Map<String, T> map = new HashMap<>();
    for (T item : items) {
      T previous = map.put(key.apply(item), item);
      if (previous != null) {
        throw new IllegalArgumentException(
            source.apply(item) + ": duplicate key " + key.apply(item));
      }
    }
    return Map.copyOf(map);
  }

  private void checkReferences() {
    for (Igo igo : igos) {
      if (!igo.parent().isEmpty() && !igoByKey.containsKey(igo.parent())) {
        throw new IllegalArgumentException(igo.source() + ": unknown parent " + igo.parent());
      }
    }
    for (Organization org : organizations) {
      if (!org.country().isEmpty() && !countryByIso3.containsKey(org.country())) {
        throw new IllegalArgumentException(org.source() + ": unknown country " + org.country());
      }
    }
    for (Person p : people) {
      if (!countryByIso3.containsKey(p.country()) && !igoByKey.containsKey(p.country())) {
        throw new IllegalArgumentException(p.source() + ": unknown country or body " + p.country());
      }
    }
  }

  private List<LexEntry> lexEntries() {
    List<LexEntry> out = new ArrayList<>();
    for (Country c : countries) {
      add(out, LexEntry.Kind.COUNTRY, c, List.of(c.name()));
      add(out, LexEntry.Kind.COUNTRY, c, c.variants());
      add(out, LexEntry.Kind.ADJECTIVE, c, c.adjectives());
      add(out, LexEntry.Kind.CAPITAL, c, c.capitals());
    }
    for (Igo igo : igos) {
      add(out, LexEntry.Kind.IGO, igo, List.of(igo.name()));
      add(out, LexEntry.Kind.IGO, igo, igo.variants());
    }
    for (SectorTerm s : sectors) {
      add(out, LexEntry.Kind.SECTOR, s, List.of(s.phrase()));
    }
    for (Organization org : organizations) {
      add(out, LexEntry.Kind.ORGANIZATION, org, List.of(org.name()));
      add(out, LexEntry.Kind.ORGANIZATION, org, org.variants());
    }
    for (Person p : people) {
      add(out, LexEntry.Kind.PERSON, p, List.of(p.name()));
      add(out, LexEntry.Kind.PERSON, p, p.variants());
      add(out, LexEntry.Kind.SURNAME, p, p.surnames());
    }
    for (NonActor n : nonActors) {
      add(out, LexEntry.Kind.NONACTOR, n, List.of(n.phrase()));
    }
    return out;
  }

  private static void add(
      List<LexEntry> out, LexEntry.Kind kind, KbEntry entry, List<String> names) {
    for (String name : names) {
      out.add(new LexEntry(kind, entry, Word.ofText(name)));
    }
  }
}
