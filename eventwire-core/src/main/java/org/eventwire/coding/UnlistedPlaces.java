package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.eventwire.model.Location;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.places.PlaceKind;
import org.eventwire.resolve.places.PlaceMatch;

/**
 * A place the sentence names that the gazetteer does not list: a village, a crossing, an islet or
 * an airport ("near the Islam Qala crossing in western Afghanistan", "in the village of Banjska").
 * The record keeps the name as written. A qualifier the gazetteer knows ("in western Afghanistan")
 * gives its country, division and point, at that qualifier's precision; without one the place has a
 * name only, never a country's point passed off as the place's.
 *
 * <p>A phrase counts as a place when its proper-noun words are tagged as a location by the NER, or
 * when its head noun is a kind of place (coding/place-nouns.txt); proper nouns tagged as a person,
 * an organisation, a date or anything else never make one, nor does a country's name ("the US
 * consulate in Istanbul" is placed in Istanbul).
 */
final class UnlistedPlaces {
  private static final Set<String> LOCATION_NER =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private static boolean tagged(Token t) {
    return LOCATION_NER.contains(t.ner());
  }

  /** Qualifiers that contain the place: "the crossing in western Afghanistan". */
  private static final Set<String> CONTAINERS = Set.of("nmod:in", "appos");

  private final Set<String> placeNouns;

  UnlistedPlaces(Set<String> placeNouns) {
    this.placeNouns = Set.copyOf(placeNouns);
  }

  static UnlistedPlaces loadDefault() {
    return new UnlistedPlaces(PredicateFinder.loadWordList("eventwire/coding/place-nouns.txt"));
  }

  /**
   * The first of the locative phrase heads that names an unlisted place, with its qualifier when
   * the resolver knows one.
   */
  Optional<Location> place(
      DependencyGraph g,
      List<Integer> heads,
      BiFunction<DependencyGraph, Integer, Optional<PlaceMatch>> resolver) {
    for (int h : heads) {
      for (int n : candidates(g, h)) {
        List<Token> name = name(g, n);
        if (isPlace(g, n, name) && !ofACountry(g, name, resolver)) {
          return Optional.of(located(g, n, name, resolver));
        }
      }
    }
    return Optional.empty();
  }

  /** The head itself, and the names of its of-phrases ("the village of X", "north of X"). */
  private static List<Integer> candidates(DependencyGraph g, int h) {
    List<Integer> out = new ArrayList<>();
    out.addAll(g.enhancedChildren(h, UnlistedPlaces::of)); // "the village of X", "north of X"
    // "the Tajik enclave of Vorukh": the of-name, before the kind of place it is
    out.add(g.token(h).isProperNoun() ? 0 : out.size(), h);
    for (var d : g.children(h)) {
      out.addAll(g.enhancedChildren(d.dependent(), UnlistedPlaces::of)); // "waters north of X"
    }
    return out;
  }

  private static boolean of(String relation) {
    return relation.equals("nmod:of") || relation.equals("obl:of");
  }

  private boolean isPlace(DependencyGraph g, int head, List<Token> name) {
    List<Token> proper = name.stream().filter(Token::isProperNoun).toList();
    if (proper.isEmpty()) {
      return false;
    }
    boolean clean = proper.stream().allMatch(x -> x.ner().equals("O") || tagged(x));
    boolean tagged = proper.stream().anyMatch(UnlistedPlaces::tagged);
    String lemma = g.token(head).lemma().toLowerCase(Locale.ROOT);
    return clean && (tagged || placeNouns.contains(lemma));
  }

  /** A thing of a country the name starts with: "the US consulate", "the Russia-Ukraine border". */
  private static boolean ofACountry(
      DependencyGraph g,
      List<Token> name,
      BiFunction<DependencyGraph, Integer, Optional<PlaceMatch>> resolver) {
    return name.stream()
        .filter(Token::isProperNoun)
        .anyMatch(
            x ->
                resolver
                    .apply(g, x.index())
                    .filter(m -> m.place().kind() == PlaceKind.COUNTRY)
                    .isPresent());
  }

  private static Location located(
      DependencyGraph g,
      int head,
      List<Token> name,
      BiFunction<DependencyGraph, Integer, Optional<PlaceMatch>> resolver) {
    String text = span(g, name);
    for (int q : g.enhancedChildren(head, CONTAINERS::contains)) {
      Optional<PlaceMatch> m = resolver.apply(g, q);
      if (m.isPresent()) {
        Location in = m.get().toLocation();
        return new Location(
            text, in.country(), in.admin1(), in.lat(), in.lon(), null, in.precision());
      }
    }
    return new Location(text, null, null, null, null, null, null);
  }

  /** The head with its compounds, adjectives and flat names, less leading descriptions. */
  private static List<Token> name(DependencyGraph g, int head) {
    List<Token> out = new ArrayList<>(PlacePhrases.nameTokens(g, head));
    while (out.size() > 1 && !out.get(0).isProperNoun()) {
      out.remove(0); // "western", "disputed": the name starts at its first proper noun
    }
    return out;
  }

  private static String span(DependencyGraph g, List<Token> name) {
    return PlacePhrases.span(g, name.get(0), name.get(name.size() - 1));
  }
}
