package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.Location;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.places.Gazetteer;
import org.eventwire.resolve.places.PlaceContext;
import org.eventwire.resolve.places.PlaceKind;
import org.eventwire.resolve.places.PlaceMatch;

/**
 * The place one phrase names, looked up in the gazetteer with the article's countries and dateline
 * as context: its name with compounds and adjectives ("the Amur region", "eastern Ukraine"), an
 * of-phrase ("the city of Kherson", looked up inside the possessor's country), a proper name with
 * an of-phrase of its own ("Gulf of Oman"), a country's capital. {@link PlaceFinder} decides which
 * phrases to ask about.
 */
final class PlacePhrases {
  /** Name tags a place word may carry (the tagger often calls a place an organisation). */
  static final Set<String> PLACE_NER =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "ORGANIZATION");

  private final Gazetteer gazetteer;
  private final ArticleContext context;
  private final String datelineCountry;
  private final List<String> nearby;

  PlacePhrases(
      Gazetteer gazetteer, ArticleContext context, String datelineCountry, List<String> nearby) {
    this.gazetteer = gazetteer;
    this.context = context;
    this.datelineCountry = datelineCountry;
    this.nearby = nearby;
  }

  /**
   * The place an of-phrase names ("the city of Tripoli"), looked up inside the country a possessor
   * of the head names when there is one ("Lebanon's northern city of Tripoli" is not Libya's).
   */
  Optional<PlaceMatch> ofPhrase(DependencyGraph g, int h) {
    String within = null;
    for (int p : g.enhancedChildren(h, r -> r.equals("nmod:poss"))) {
      Optional<PlaceMatch> c = resolve(g, p);
      if (c.isPresent() && c.get().place().kind() == PlaceKind.COUNTRY) {
        within = c.get().place().country();
      }
    }
    for (int of : g.enhancedChildren(h, r -> r.equals("nmod:of") || r.equals("obl:of"))) {
      Optional<PlaceMatch> m = within == null ? resolve(g, of) : inCountry(g, of, within);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The best-ranked place of the phrase's name inside the country, else the usual choice. */
  private Optional<PlaceMatch> inCountry(DependencyGraph g, int head, String iso3) {
    List<Token> name = nameTokens(g, head);
    String text = span(g, name.get(0), name.get(name.size() - 1));
    for (var p : gazetteer.candidates(text)) {
      if (iso3.equals(p.country())) {
        return Optional.of(new PlaceMatch(p, "named in " + iso3));
      }
    }
    return resolve(g, head);
  }

  /** A place named as a would-be actor ("shelled Odesa"), or null when it names no place. */
  Location named(String text) {
    PlaceContext ctx = new PlaceContext(context.countryCodes(), datelineCountry, nearby);
    Optional<PlaceMatch> m = gazetteer.resolve(text, ctx);
    java.util.regex.Matcher kind = SETTLEMENT_OF.matcher(text);
    if (m.isEmpty() && kind.lookingAt()) {
      m = gazetteer.resolve(text.substring(kind.end()), ctx); // "shelled the city of Kherson"
    }
    return m.map(PlaceMatch::toLocation).orElse(null);
  }

  /** Words for a division written after its name: "Logone Oriental province". */
  private static final Set<String> DIVISIONS =
      Set.of(
          "province",
          "region",
          "state",
          "district",
          "county",
          "prefecture",
          "governorate",
          "oblast",
          "department");

  /** Common nouns for a kind of place that an of-phrase names: "the city of Kherson". */
  static final Set<String> SETTLEMENTS =
      Set.of("city", "town", "village", "port", "capital", "region", "province", "district");

  /** "the city of", "the northern port of": a kind of place named before its of-phrase. */
  private static final java.util.regex.Pattern SETTLEMENT_OF =
      java.util.regex.Pattern.compile(
          "(?i)(the\\s+)?((northern|southern|eastern|western|central|border|port|frontline)\\s+)?("
              + String.join("|", new java.util.TreeSet<>(SETTLEMENTS))
              + ")\\s+of\\s+");

  /** The place a phrase head names, in the article's context; empty when it names none. */
  Optional<PlaceMatch> resolve(DependencyGraph g, int head) {
    if (PredicateFinder.lemma(g.token(head)).equals("capital")) {
      return capital(g, head); // "arrived in Haiti's capital": Port-au-Prince
    }
    List<Token> name = nameTokens(g, head);
    if (hasProperOf(g, head)) {
      return namedWithOf(g, head, name); // not the head alone: "Bay" of "Bay of Bengal" is Somali
    }
    if (name.stream().noneMatch(x -> PLACE_NER.contains(x.ner()) || x.isProperNoun())) {
      return Optional.empty();
    }
    String text = span(g, name.get(0), name.get(name.size() - 1));
    PlaceContext ctx = new PlaceContext(context.countryCodes(), datelineCountry, nearby);
    Optional<PlaceMatch> m = gazetteer.resolve(text, ctx);
    int first = 0;
    while (first < name.size() - 1 && name.get(first).pos().startsWith("JJ")) {
      first++; // "eastern Ukraine", "war-torn Sudan": the place without its description
    }
    if (m.isEmpty() && first > 0 && name.get(first).isProperNoun()) {
      String rest = span(g, name.get(first), name.get(name.size() - 1));
      m = gazetteer.resolve(rest, ctx);
    }
    int last = name.size() - 1; // "Logone Oriental province", "Bayelsa state": the division's name
    if (m.isEmpty() && last > first && DIVISIONS.contains(PredicateFinder.lemma(name.get(last)))) {
      m = gazetteer.resolve(span(g, name.get(first), name.get(last - 1)), ctx);
    }
    return m.filter(found -> inItsQualifier(g, head, found));
  }

  /**
   * "near Komé in southern Chad": a place the gazetteer finds in another country than the one its
   * in-phrase names is another place of that name (Comé in Benin); the phrase then names a place
   * the gazetteer does not list.
   */
  private boolean inItsQualifier(DependencyGraph g, int head, PlaceMatch found) {
    List<Integer> qualifiers =
        new java.util.ArrayList<>(g.enhancedChildren(head, r -> r.equals("nmod:in")));
    int up = g.head(head); // "the pipeline near Komé in southern Chad", the parser's sibling
    if (up >= 0) {
      g.enhancedChildren(up, r -> r.equals("nmod:in") || r.equals("obl:in")).stream()
          .filter(q -> q == head + 2 || q == head + 3)
          .forEach(qualifiers::add);
    }
    for (int q : qualifiers) {
      Optional<PlaceMatch> container =
          g.token(q).ner().equals("DATE")
              ? Optional.empty()
              : resolve(g, q)
                  .filter(
                      c ->
                          c.place().kind() == PlaceKind.COUNTRY
                              || c.place().kind() == PlaceKind.ADMIN1);
      String country = container.map(c -> c.place().country()).orElse(null);
      if (country != null && !country.equals(found.place().country())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Haiti's capital", "the capital of Mali": the capital city of the country named as possessor or
   * of-phrase, from the gazetteer; none for a bare "the capital".
   */
  private Optional<PlaceMatch> capital(DependencyGraph g, int head) {
    for (int owner : g.enhancedChildren(head, r -> r.equals("nmod:poss") || r.equals("nmod:of"))) {
      Optional<PlaceMatch> country = resolve(g, owner);
      if (country.isPresent() && country.get().place().kind() == PlaceKind.COUNTRY) {
        return gazetteer
            .capitalOf(country.get().place().country())
            .map(c -> new PlaceMatch(c, "capital of " + country.get().place().name()));
      }
    }
    return Optional.empty();
  }

  /** The sentence's text from the start of {@code first} to the end of {@code last}. */
  static String span(DependencyGraph g, Token first, Token last) {
    int base = g.sentence().begin();
    return g.sentence().text().substring(first.begin() - base, last.end() - base);
  }

  private static boolean hasProperOf(DependencyGraph g, int head) {
    List<Integer> of = g.enhancedChildren(head, r -> r.equals("nmod:of"));
    return g.token(head).isProperNoun() && of.size() == 1 && g.token(of.get(0)).isProperNoun();
  }

  /**
   * A proper name with an of-phrase of its own ("Gulf of Oman", "Strait of Hormuz") is looked up
   * whole; the head alone would be another place ("Gulf", a province of Papua New Guinea).
   */
  private Optional<PlaceMatch> namedWithOf(DependencyGraph g, int head, List<Token> name) {
    int of = g.enhancedChildren(head, r -> r.equals("nmod:of")).get(0);
    List<Token> ofName = nameTokens(g, of);
    String text = span(g, name.get(0), ofName.get(ofName.size() - 1));
    return gazetteer.resolve(
        text, new PlaceContext(context.countryCodes(), datelineCountry, nearby));
  }

  /** The head noun with its compound and adjective modifiers ("Amur region", "North Korea"). */
  static List<Token> nameTokens(DependencyGraph g, int head) {
    List<Integer> idx =
        g.subtree(head, r -> !(r.equals("compound") || r.equals("amod") || r.equals("flat")));
    List<Token> out = new ArrayList<>();
    for (int i : idx) {
      out.add(g.token(i));
    }
    return out;
  }
}
