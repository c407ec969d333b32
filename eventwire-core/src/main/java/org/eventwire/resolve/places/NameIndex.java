package org.eventwire.resolve.places;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names to entries, built once; immutable after construction.
 *
 * <p>Each name is indexed under its {@link PlaceNames#key key} (or its abbreviation key) with a
 * quality: names written for eventwire (sites, aliases) {@value #WRITTEN}, primary names {@value
 * #PRIMARY}, alternates {@value #ALTERNATE}. A first-level division is also indexed under its core
 * ("Tatarstan" for "Tatarstan Republic") as an alternate, and in a separate division index under
 * the cores of its names and of the names of the same-named city of its country ("Kiev" for "Kyiv
 * Oblast"), which serves queries such as "Kiev region".
 */
final class NameIndex {

  static final int WRITTEN = 3;
  static final int PRIMARY = 2;
  static final int ALTERNATE = 1;

  /** An entry reached by a name, with the quality of that name. */
  record Hit(GazetteerEntry entry, int quality) {}

  private final Map<String, List<Hit>> byKey;
  private final Map<String, List<GazetteerEntry>> divisionsByCore;
  private final Map<String, GazetteerEntry> byId;

  NameIndex(List<GazetteerEntry> entries, List<PlaceFiles.Alias> aliases) {
    Map<String, GazetteerEntry> ids = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (ids.put(e.place().gazetteerId(), e) != null) {
        throw new IllegalArgumentException("duplicate gazetteer id " + e.place().gazetteerId());
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    Map<String, List<Hit>> keys = new HashMap<>(entries.size() * 8);
    for (GazetteerEntry e : entries) {
      int primary = e.written() ? WRITTEN : PRIMARY;
      e.names().forEach(n -> add(keys, n, e, primary));
      e.alternates().forEach(n -> add(keys, n, e, ALTERNATE));
      if (e.kind() == PlaceKind.ADMIN1) {
        for (String n : e.names()) {
          String core = PlaceNames.core(n);
          if (!core.isEmpty()) {
            addKey(keys, core, e, ALTERNATE);
          }
        }
      }
    }
    for (PlaceFiles.Alias a : aliases) {
      GazetteerEntry target = ids.get(a.target());
      if (target == null) {
        throw new IllegalArgumentException(a.source() + ": unknown target " + a.target());
      }
      add(keys, a.alias(), target, WRITTEN);
    }
    keys.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = Collections.unmodifiableMap(keys);
    this.divisionsByCore = divisions(entries);
  }

  /** Entries whose names equal the query's key or its abbreviation key. */
  List<Hit> lookup(String name) {
    List<Hit> out = new ArrayList<>(byKey.getOrDefault(PlaceNames.key(name), List.of()));
    String abbreviation = PlaceNames.abbreviationKey(name.strip());
    if (abbreviation != null) {
      for (Hit h : byKey.getOrDefault(abbreviation, List.of())) {
        merge(out, h);
      }
    }
    return out;
  }

  /** First-level divisions whose core equals the core of {@code name}. */
  List<GazetteerEntry> divisions(String name) {
    return divisionsByCore.getOrDefault(PlaceNames.core(name), List.of());
  }

  GazetteerEntry byId(String id) {
    return byId.get(id);
  }

  int size() {
    return byId.size();
  }

  private static void add(Map<String, List<Hit>> keys, String name, GazetteerEntry e, int q) {
    String abbreviation = PlaceNames.abbreviationKey(name);
    String key = abbreviation != null ? abbreviation : PlaceNames.key(name);
    if (!key.isEmpty()) {
      addKey(keys, key, e, q);
    }
  }

  private static void addKey(Map<String, List<Hit>> keys, String key, GazetteerEntry e, int q) {
    merge(keys.computeIfAbsent(key, k -> new ArrayList<>(2)), new Hit(e, q));
  }

  /** Adds the hit, or raises the quality of the same entry's hit. */
  private static void merge(List<Hit> hits, Hit hit) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).entry() == hit.entry()) {
        if (hits.get(i).quality() < hit.quality()) {
          hits.set(i, hit);
        }
        return;
      }
    }
    hits.add(hit);
  }

  private static Map<String, List<GazetteerEntry>> divisions(List<GazetteerEntry> entries) {
    Map<String, GazetteerEntry> largestCity = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (e.kind() == PlaceKind.CITY) {
        largestCity.merge(
            e.place().country() + " " + PlaceNames.key(e.place().name()),
            e,
            (a, b) -> a.place().population() >= b.place().population() ? a : b);
      }
    }
    Map<String, List<GazetteerEntry>> out = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (e.kind() != PlaceKind.ADMIN1) {
        continue;
      }
      List<String> names = new ArrayList<>(e.names());
      names.addAll(e.alternates());
      GazetteerEntry city =
          largestCity.get(e.place().country() + " " + PlaceNames.core(e.place().name()));
      if (city != null) {
        names.addAll(city.names());
        names.addAll(city.alternates());
      }
      for (String n : names) {
        String core = PlaceNames.core(n);
        if (core.isEmpty()) {
          continue;
        }
        List<GazetteerEntry> list = out.computeIfAbsent(core, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
          list.add(e);
        }
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }
}
