package org.eventwire.resolve.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eventwire.model.Location;

/**
 * The offline gazetteer: GeoNames-derived cities, first-level divisions and countries ({@code
 * places.tsv.gz}), sites and regions written for eventwire ({@code sites.tsv}) and other names for
 * them ({@code aliases.tsv}), all in {@value #RESOURCE_DIR}. The files are read once, when the
 * gazetteer is made; after that it is immutable and safe to share between threads. Make one and
 * pass it to whoever needs it.
 *
 * <p>Lookup order for a phrase: a name written for eventwire; "X region/province/oblast/krai/
 * governorate/state" and "state of X" among first-level divisions and regions; the name itself;
 * "Head, Qualifier" with the head restricted to the qualifier's country or division. Same-named
 * candidates are ordered by {@link Ranking}. See {@code docs/gazetteer.md}.
 */
public final class Gazetteer {

  /** Classpath folder of the gazetteer files. */
  public static final String RESOURCE_DIR = "eventwire/places/";

  private final NameIndex index;

  Gazetteer(List<GazetteerEntry> entries, List<PlaceFiles.Alias> aliases) {
    this.index = new NameIndex(entries, aliases);
  }

  /** Reads the gazetteer shipped in the jar (about a second). */
  public static Gazetteer loadDefault() {
    try (BufferedReader places = resource(PlaceFiles.PLACES);
        BufferedReader sites = resource(PlaceFiles.SITES);
        BufferedReader aliases = resource(PlaceFiles.ALIASES)) {
      return read(places, sites, aliases);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE_DIR, e);
    }
  }

  /** Reads the three files from a folder; a missing file counts as empty. */
  public static Gazetteer load(Path dir) {
    try (BufferedReader places = file(dir.resolve(PlaceFiles.PLACES), true);
        BufferedReader sites = file(dir.resolve(PlaceFiles.SITES), false);
        BufferedReader aliases = file(dir.resolve(PlaceFiles.ALIASES), false)) {
      return read(places, sites, aliases);
    } catch (IOException e) {
      throw new UncheckedIOException(dir.toString(), e);
    }
  }

  private static Gazetteer read(
      BufferedReader places, BufferedReader sites, BufferedReader aliases) {
    List<GazetteerEntry> entries = new ArrayList<>(PlaceFiles.places(PlaceFiles.PLACES, places));
    entries.addAll(PlaceFiles.sites(PlaceFiles.SITES, sites));
    return new Gazetteer(entries, PlaceFiles.aliases(PlaceFiles.ALIASES, aliases));
  }

  private static BufferedReader resource(String file) throws IOException {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE_DIR + file);
    }
    return PlaceFiles.open(in, file.endsWith(".gz"));
  }

  private static BufferedReader file(Path path, boolean gzip) throws IOException {
    if (!Files.exists(path)) {
      return new BufferedReader(new java.io.StringReader(""));
    }
    return PlaceFiles.open(Files.newInputStream(path), gzip);
  }

  /** Number of places. */
  public int size() {
    return index.size();
  }

  /** The place with this gazetteer id. */
  public Optional<Place> byId(String gazetteerId) {
    return Optional.ofNullable(index.byId(gazetteerId)).map(GazetteerEntry::place);
  }

  /**
   * The capital of a country (GeoNames' PPLC; where GeoNames marks none, the first capital listed
   * for the country in the actor knowledge base at build time).
   */
  public Optional<Place> capitalOf(String iso3) {
    GazetteerEntry country = index.byId("iso3166-1:" + iso3);
    if (country == null || country.capitalId().isEmpty()) {
      return Optional.empty();
    }
    return byId(country.capitalId());
  }

  /** Every place the phrase could name, best first when nothing is known about the article. */
  public List<Place> candidates(String name) {
    if (name == null) {
      return List.of();
    }
    return find(name, PlaceContext.none(), Set.of())
        .map(f -> f.result().ordered().stream().map(GazetteerEntry::place).toList())
        .orElse(List.of());
  }

  /** The best place for the phrase with no article context. */
  public Optional<PlaceMatch> resolve(String name) {
    return resolve(name, PlaceContext.none());
  }

  /**
   * The best place for the phrase in this article, or empty when the gazetteer does not know it.
   */
  public Optional<PlaceMatch> resolve(String name, PlaceContext ctx) {
    if (name == null) {
      return Optional.empty();
    }
    String key = PlaceNames.key(name);
    Set<String> nearbyAdmin1 = new HashSet<>();
    for (String other : ctx.nearby()) {
      if (PlaceNames.key(other).equals(key)) {
        continue;
      }
      find(other, PlaceContext.none(), Set.of())
          .map(f -> f.result().ordered().get(0).admin1Code())
          .filter(code -> !code.isEmpty())
          .ifPresent(nearbyAdmin1::add);
    }
    return find(name, ctx, nearbyAdmin1)
        .map(
            f -> {
              String decided = f.result().decidedBy();
              String rule = decided.isEmpty() ? f.source() : f.source() + "/" + decided;
              return new PlaceMatch(f.result().ordered().get(0).place(), rule);
            });
  }

  /**
   * A place name reduced for comparison: case, accents, punctuation, a leading "the" and division
   * words dropped ("the Amur region" and "Amur Oblast" both give "amur").
   */
  public static String coreName(String name) {
    return PlaceNames.core(name);
  }

  /** The place as an event-record location (see {@link PlaceMatch#toLocation()}). */
  public static Location toLocation(PlaceMatch match) {
    return match.toLocation();
  }

  private record Found(String source, Ranking.Result result) {}

  private Optional<Found> find(String phrase, PlaceContext ctx, Set<String> nearbyAdmin1) {
    String text = phrase == null ? "" : phrase.strip();
    if (PlaceNames.key(text).isEmpty()) {
      return Optional.empty();
    }
    List<NameIndex.Hit> exact = index.lookup(text);
    List<NameIndex.Hit> written =
        exact.stream().filter(h -> h.quality() == NameIndex.WRITTEN).toList();
    if (!written.isEmpty()) {
      return rank("written", written, ctx, nearbyAdmin1, false);
    }
    Optional<Query.Division> division = Query.division(text);
    if (division.isPresent()) {
      List<NameIndex.Hit> hits = divisionHits(exact, division.get());
      if (!hits.isEmpty()) {
        return rank("division", hits, ctx, nearbyAdmin1, true);
      }
    }
    if (!exact.isEmpty()) {
      return rank("name", exact, ctx, nearbyAdmin1, false);
    }
    return Query.qualified(text).flatMap(q -> qualified(q, ctx, nearbyAdmin1));
  }

  private List<NameIndex.Hit> divisionHits(List<NameIndex.Hit> exact, Query.Division d) {
    Predicate<GazetteerEntry> area =
        e ->
            (e.kind() == PlaceKind.ADMIN1 || e.kind() == PlaceKind.REGION)
                && (!d.usOnly() || "USA".equals(e.place().country()));
    List<NameIndex.Hit> hits = new ArrayList<>();
    exact.stream().filter(h -> area.test(h.entry())).forEach(hits::add);
    for (GazetteerEntry e : index.divisions(d.name())) {
      if (area.test(e) && hits.stream().noneMatch(h -> h.entry() == e)) {
        hits.add(new NameIndex.Hit(e, NameIndex.PRIMARY));
      }
    }
    for (NameIndex.Hit h : index.lookup(d.name())) {
      if (area.test(h.entry()) && hits.stream().noneMatch(x -> x.entry() == h.entry())) {
        hits.add(h);
      }
    }
    return hits;
  }

  private Optional<Found> qualified(Query.Qualified q, PlaceContext ctx, Set<String> nearby) {
    List<GazetteerEntry> within =
        index.lookup(q.qualifier()).stream()
            .map(NameIndex.Hit::entry)
            .filter(e -> e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.ADMIN1)
            .toList();
    if (within.isEmpty()) {
      return find(q.head(), ctx, nearby);
    }
    List<NameIndex.Hit> heads =
        index.lookup(q.head()).stream()
            .filter(h -> within.stream().anyMatch(w -> contains(w, h.entry())))
            .toList();
    return heads.isEmpty() ? Optional.empty() : rank("qualifier", heads, ctx, nearby, false);
  }

  private static boolean contains(GazetteerEntry area, GazetteerEntry e) {
    if (area.kind() == PlaceKind.COUNTRY) {
      return area.place().country().equals(e.place().country()) && e != area;
    }
    return !area.admin1Code().isEmpty() && area.admin1Code().equals(e.admin1Code()) && e != area;
  }

  private static Optional<Found> rank(
      String source,
      List<NameIndex.Hit> hits,
      PlaceContext ctx,
      Set<String> nearbyAdmin1,
      boolean division) {
    Ranking ranking = new Ranking(hits, ctx, nearbyAdmin1, division);
    return Optional.of(new Found(source, ranking.rank(hits)));
  }
}
