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
import org.eventwire.resolve.TsvRow;

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
  static final String REGIONS = "regions.tsv";

  private final List<Country> countries;
  private final List<Igo> igos;
  private final List<SectorTerm> sectors;
  private final List<Organization> organizations;
  private final List<Person> people;
  private final List<NonActor> nonActors;
  private final List<Region> regions;
  private final Map<String, Country> countryByIso3;
  private final Map<String, Igo> igoByKey;
  private final Lexicon lexicon;

  KnowledgeBase(
      List<Country> countries,
      List<Igo> igos,
      List<SectorTerm> sectors,
      List<Organization> organizations,
      List<Person> people,
      List<NonActor> nonActors,
      List<Region> regions) {
    this.countries = List.copyOf(countries);
    this.igos = List.copyOf(igos);
    this.sectors = List.copyOf(sectors);
    this.organizations = List.copyOf(organizations);
    this.people = List.copyOf(people);
    this.nonActors = List.copyOf(nonActors);
    this.regions = List.copyOf(regions);
    this.countryByIso3 = index(countries, Country::iso3, Country::source);
    this.igoByKey = index(igos, Igo::key, Igo::source);
    checkReferences();
    this.lexicon = new Lexicon(lexEntries());
  }

  /** Loads the knowledge base shipped in the jar ({@value #RESOURCE_DIR}). */
  public static KnowledgeBase loadDefault() {
    return Parts.of(
            file -> {
              InputStream in =
                  KnowledgeBase.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
              if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE_DIR + file);
              }
              return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            },
            "")
        .build();
  }

  /**
   * Loads the knowledge base from a folder holding files named as the shipped ones; a missing file
   * counts as empty. Entries name their source with the folder ({@code dir/people.tsv:12}).
   */
  public static KnowledgeBase load(Path dir) {
    return Parts.of(folder(dir), dir + java.io.File.separator).build();
  }

  /**
   * This knowledge base with a user's files layered over it. The folder holds files named as the
   * shipped ones, in the same format; a missing file changes nothing. A user row replaces the rows
   * of this knowledge base with the same key (country iso3, body key, sector or non-actor phrase,
   * organisation, person or region name: all rows of that name), every other user row is added. The
   * result is checked as a whole (unknown countries, duplicate keys) like the shipped files.
   */
  public KnowledgeBase withOverlay(Path dir) {
    Parts user = Parts.of(folder(dir), dir + java.io.File.separator);
    return new KnowledgeBase(
        Overlay.merge(countries, user.countries(), Country::iso3),
        Overlay.merge(igos, user.igos(), Igo::key),
        Overlay.merge(sectors, user.sectors(), s -> Overlay.nameKey(s.phrase())),
        Overlay.merge(organizations, user.organizations(), o -> Overlay.nameKey(o.name())),
        Overlay.merge(people, user.people(), p -> Overlay.nameKey(p.name())),
        Overlay.merge(nonActors, user.nonActors(), n -> Overlay.nameKey(n.phrase())),
        Overlay.merge(regions, user.regions(), r -> Overlay.nameKey(r.name())));
  }

  private static Function<String, BufferedReader> folder(Path dir) {
    return file -> {
      Path path = dir.resolve(file);
      try {
        return Files.exists(path)
            ? Files.newBufferedReader(path, StandardCharsets.UTF_8)
            : new BufferedReader(new java.io.StringReader(""));
      } catch (IOException e) {
        throw new UncheckedIOException(path.toString(), e);
      }
    };
  }

  /** The parsed rows of the seven files of one folder, not yet checked against each other. */
  private record Parts(
      List<Country> countries,
      List<Igo> igos,
      List<SectorTerm> sectors,
      List<Organization> organizations,
      List<Person> people,
      List<NonActor> nonActors,
      List<Region> regions) {

    static Parts of(Function<String, BufferedReader> opener, String prefix) {
      return new Parts(
          read(opener, prefix, COUNTRIES, Country.COLUMNS, Country::of),
          read(opener, prefix, IGOS, Igo.COLUMNS, Igo::of),
          read(opener, prefix, SECTORS, SectorTerm.COLUMNS, SectorTerm::of),
          read(opener, prefix, ORGANIZATIONS, Organization.COLUMNS, Organization::of),
          read(opener, prefix, PEOPLE, Person.COLUMNS, Person::of),
          read(opener, prefix, NONACTORS, NonActor.COLUMNS, NonActor::of),
          read(opener, prefix, REGIONS, Region.COLUMNS, Region::of));
    }

    KnowledgeBase build() {
      return new KnowledgeBase(countries, igos, sectors, organizations, people, nonActors, regions);
    }
  }

  private static <T> List<T> read(
      Function<String, BufferedReader> opener,
      String prefix,
      String file,
      List<String> columns,
      Function<TsvRow, T> parse) {
    try (BufferedReader reader = opener.apply(file)) {
      return TsvRow.read(prefix + file, reader, columns, false).stream().map(parse).toList();
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

  public List<Region> regions() {
    return regions;
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
    RoleCodes roles = RoleCodes.loadDefault();
    for (SectorTerm t : sectors) {
      checkRoles(roles, t.roles(), t.source());
    }
    for (Organization org : organizations) {
      checkRoles(roles, org.roles(), org.source());
    }
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
    for (Region r : regions) {
      if (!countryByIso3.containsKey(r.country())) {
        throw new IllegalArgumentException(r.source() + ": unknown country " + r.country());
      }
    }
    for (Person p : people) {
      if (!countryByIso3.containsKey(p.country()) && !igoByKey.containsKey(p.country())) {
        throw new IllegalArgumentException(p.source() + ": unknown country or body " + p.country());
      }
    }
  }

  private static void checkRoles(RoleCodes known, List<String> roles, String source) {
    for (String role : roles) {
      if (!known.known(role)) {
        throw new IllegalArgumentException(source + ": unknown role " + role + " (see roles.tsv)");
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
    for (Region r : regions) {
      add(out, LexEntry.Kind.REGION, r, List.of(r.name()));
      add(out, LexEntry.Kind.REGION, r, r.variants());
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
