package org.eventwire.resolve.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Orders same-named candidates. Criteria, each deciding only when the ones before tie:
 *
 * <ol>
 *   <li>{@code nearby}: lies in the first-level division of another place named in the article
 *       ("Georgia" next to "Atlanta");
 *   <li>{@code seat}: a first-level division yields to a same-named city inside it ("Aleppo" and
 *       "Zaporizhzhia" are the cities; "Aleppo governorate" is the division);
 *   <li>{@code name}: a name written for eventwire &gt; a primary name &gt; an alternate name;
 *   <li>{@code country-context}: 2 for a place in a country in play or the dateline's (a city there
 *       needs {@value #PROMINENT} people; a named country is always in play), 1 for a smaller city
 *       in such a country or for a capital anywhere, else 0 (so "Tripoli" with Lebanon in play is
 *       Lebanon's, but "Paris" with only the United States in play stays the capital of France);
 *   <li>{@code division-word}: for "X region" queries, a division named with a division word
 *       ("Moscow Oblast" over the city-division "Moscow");
 *   <li>{@code type}: country &gt; capital &gt; written site or region &gt; first-level division
 *       &gt; city;
 *   <li>{@code population}: larger first;
 *   <li>{@code tie}: gazetteer id, so the order is stable.
 * </ol>
 */
final class Ranking {

  /** Candidates in order, and the criterion that put the first ahead of the second. */
  record Result(List<GazetteerEntry> ordered, String decidedBy) {}

  private record Criterion(String name, ToLongFunction<NameIndex.Hit> score) {}

  /** Population from which a city in a country in play beats a capital elsewhere. */
  static final long PROMINENT = 100_000;

  private final List<Criterion> criteria;

  Ranking(List<NameIndex.Hit> hits, PlaceContext ctx, Set<String> nearbyAdmin1, boolean division) {
    Set<String> cityDivisions = new HashSet<>();
    for (NameIndex.Hit h : hits) {
      if (h.entry().kind() == PlaceKind.CITY && !h.entry().admin1Code().isEmpty()) {
        cityDivisions.add(h.entry().admin1Code());
      }
    }
    this.criteria =
        List.of(
            new Criterion("nearby", h -> nearbyAdmin1.contains(h.entry().admin1Code()) ? 1 : 0),
            new Criterion(
                "seat",
                h ->
                    !division
                            && h.entry().kind() == PlaceKind.ADMIN1
                            && cityDivisions.contains(h.entry().admin1Code())
                        ? 0
                        : 1),
            new Criterion("name", NameIndex.Hit::quality),
            new Criterion("country-context", h -> context(h.entry(), ctx)),
            new Criterion(
                "division-word",
                h -> division && PlaceNames.hasDivisionWord(h.entry().place().name()) ? 1 : 0),
            new Criterion("type", h -> type(h.entry())),
            new Criterion("population", h -> h.entry().place().population()));
  }

  Result rank(List<NameIndex.Hit> hits) {
    Comparator<NameIndex.Hit> order = null;
    for (Criterion c : criteria) {
      Comparator<NameIndex.Hit> next = Comparator.comparingLong(c.score()::applyAsLong).reversed();
      order = order == null ? next : order.thenComparing(next);
    }
    order = order.thenComparing(h -> h.entry().place().gazetteerId());
    List<NameIndex.Hit> sorted = new ArrayList<>(hits);
    sorted.sort(order);
    String decidedBy = "";
    if (sorted.size() > 1) {
      decidedBy = "tie";
      for (Criterion c : criteria) {
        if (c.score().applyAsLong(sorted.get(0)) != c.score().applyAsLong(sorted.get(1))) {
          decidedBy = c.name();
          break;
        }
      }
    }
    return new Result(sorted.stream().map(NameIndex.Hit::entry).toList(), decidedBy);
  }

  private static long context(GazetteerEntry e, PlaceContext ctx) {
    if (e.kind() == PlaceKind.COUNTRY) {
      return 2;
    }
    if (ctx.inPlay(e.place().country())) {
      return e.kind() != PlaceKind.CITY || e.isCapital() || e.place().population() >= PROMINENT
          ? 2
          : 1;
    }
    return e.isCapital() ? 1 : 0;
  }

  private static long type(GazetteerEntry e) {
    return switch (e.kind()) {
      case COUNTRY -> 6;
      case CITY -> e.isCapital() ? 5 : 2;
      case SITE, REGION -> 4;
      case ADMIN1 -> 3;
    };
  }
}
