package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Location;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.resolve.places.Gazetteer;
import org.eventwire.resolve.places.PlaceContext;
import org.eventwire.resolve.places.PlaceKind;
import org.eventwire.resolve.places.PlaceMatch;

/**
 * The place attached to a predicate ("met in Pyongyang", "a summit in the Amur region", "shelling
 * in the east of the Gaza Strip"): a locative phrase on the predicate or on its light-verb object,
 * resolved in the gazetteer with the article's countries and dateline as context; a place the
 * gazetteer does not list keeps its written name ({@link UnlistedPlaces}).
 */
final class PlaceFinder {
  private static final Set<String> LOCATIVE =
      Set.of(
          "obl:in",
          "obl:at",
          "nmod:in",
          "nmod:at",
          "obl:near",
          "nmod:near",
          "obl:outside",
          "nmod:outside",
          "obl:in_front_of",
          "nmod:in_front_of",
          "obl:around",
          "nmod:around");

  /** Where force is used: "strikes across Yemen", "shot down over the Belgorod region". */
  private static final Set<String> SPREAD =
      Set.of("obl:across", "nmod:across", "obl:over", "nmod:over", "obl:along", "nmod:along");

  /** Phrases naming what force is aimed at, or who it is exchanged with; their places place it. */
  private static final Set<String> AIMS =
      Set.of("obl:on", "nmod:on", "obl:against", "nmod:against", "obl:with");

  /** Acts of force, placed also by their spread ({@link #SPREAD}). */
  private static final Set<PloverType> FORCE =
      Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.MOBILIZE);

  /** Who acts, or is acted on in the passive: "a tribunal in Dhaka issued", "a vessel near X". */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "obl:agent");

  /** Phrases of motion whose noun may carry the place: "took to the streets in Havana". */
  private static final Set<String> PATHS =
      Set.of("obl:to", "obl:into", "obl:towards", "obl:through", "obl:across");

  /** Compass words that place an event relative to a named place ("north of Kabul"). */
  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west");

  /** Event types whose venue is where the parties are talking, not where force is used. */
  private static final Set<PloverType> VENUE_TYPES =
      Set.of(
          PloverType.CONSULT,
          PloverType.AGREE,
          PloverType.SUPPORT,
          PloverType.COOPERATE,
          PloverType.PROTEST,
          PloverType.REQUEST,
          PloverType.ACCUSE,
          PloverType.REJECT,
          PloverType.THREATEN);

  private final UnlistedPlaces unlisted;
  private final PlacePhrases phrases;
  private final ArticleContext context;
  private final String datelineCountry;
  private final Location datelinePlace;
  private final List<String> nearby;
  private Location protestPlace;

  /**
   * @param datelinePlace the dateline's city as written, or null
   * @param datelineRegion the region or country the dateline writes after the city, or null: a
   *     country it names decides between cities of one name ("TRIPOLI, Lebanon" is not Libya's)
   */
  PlaceFinder(
      Gazetteer gazetteer,
      UnlistedPlaces unlisted,
      ArticleContext context,
      String datelinePlace,
      String datelineRegion) {
    this.unlisted = unlisted;
    this.context = context;
    this.nearby = datelinePlace == null ? List.of() : List.of(datelinePlace);
    this.datelinePlace =
        datelinePlace == null
            ? null
            : gazetteer
                .resolve(datelinePlace, regionContext(gazetteer, datelineRegion))
                .map(PlaceMatch::toLocation)
                .orElse(null);
    this.datelineCountry = this.datelinePlace == null ? null : this.datelinePlace.country();
    this.phrases = new PlacePhrases(gazetteer, context, datelineCountry, nearby);
  }

  /** A place named as a would-be actor ("shelled Odesa"), or null when it names no place. */
  Location named(String text) {
    return phrases.named(text);
  }

  private Optional<PlaceMatch> resolve(DependencyGraph g, int head) {
    return phrases.resolve(g, head);
  }

  private Optional<PlaceMatch> ofPhrase(DependencyGraph g, int head) {
    return phrases.ofPhrase(g, head);
  }

  /** The country a dateline's region names, as context for its city; none when it names none. */
  private static PlaceContext regionContext(Gazetteer gazetteer, String region) {
    return gazetteer
        .resolve(region)
        .map(PlaceMatch::toLocation)
        .map(Location::country)
        .filter(c -> c != null)
        .map(c -> new PlaceContext(Set.of(c), c, List.of()))
        .orElse(PlaceContext.none());
  }

  /**
   * Where a current diplomatic or verbal event that names no place of its own most likely happened:
   * the dateline's city, when that city's country is one of the event's parties ("TBILISI (AP) —
   * The US envoy met Georgia's prime minister"); else null.
   */
  Location venue(PloverType type, boolean historical, List<ActorRef> parties) {
    if (datelinePlace == null || historical || !VENUE_TYPES.contains(type)) {
      return null;
    }
    boolean party = parties.stream().anyMatch(p -> datelinePlace.country().equals(p.country()));
    return party ? datelinePlace : null;
  }

  /** The place the sentence gave the article's latest protest. */
  void noteProtestPlace(Location place) {
    protestPlace = place;
  }

  /** Where the article's latest protest was, as its sentence named it, or null. */
  Location protestPlace() {
    return protestPlace;
  }

  /** The dateline's city, or null when the article has no dateline the gazetteer knows. */
  Location datelinePlace() {
    return datelinePlace;
  }

  /** The dateline's country, or null when the article has no dateline the gazetteer knows. */
  String datelineCountry() {
    return datelineCountry;
  }

  /**
   * The dateline's country when the article has already named it as a party or place, else null: a
   * hub a story is filed from (Cairo for Sudan) is no party to it.
   */
  String datelineCountryInPlay() {
    return datelineCountry != null && context.countryCodes().contains(datelineCountry)
        ? datelineCountry
        : null;
  }

  Location find(DependencyGraph g, Trigger t) {
    List<Integer> heads = new ArrayList<>(g.enhancedChildren(t.token(), LOCATIVE::contains));
    heads.addAll(directions(g, t.token()));
    boolean launch = t.entry().type() == PloverType.MOBILIZE; // placed where it is fired from
    if (launch) {
      heads.addAll(g.enhancedChildren(t.token(), PlaceFinder::from));
    }
    if (launch || t.entry().type() == PloverType.AID) { // "deployed special forces to Juba"
      heads.addAll(g.enhancedChildren(t.token(), r -> r.equals("obl:to")));
    }
    if (FORCE.contains(t.entry().type())) {
      heads.addAll(g.enhancedChildren(t.token(), SPREAD::contains));
      for (int aim : g.enhancedChildren(t.token(), AIMS::contains)) {
        heads.addAll(g.enhancedChildren(aim, r -> LOCATIVE.contains(r) || SPREAD.contains(r)));
      } // "carried out strikes on positions across X", "clashed with smugglers near X"
    }
    List<Integer> objects =
        t.object() >= 0 || t.nominal()
            ? List.of(t.object())
            : PredicateFinder.objectsOf(g, t.token()); // "shelled villages in eastern Ukraine"
    for (int o : objects) {
      if (o >= 0) {
        heads.addAll(g.enhancedChildren(o, LOCATIVE::contains));
        for (int d : g.childrenByRelation(o, "dep")) { // "the charge d'affaires in Tehran"
          heads.addAll(g.enhancedChildren(d, LOCATIVE::contains));
        }
        if (FORCE.contains(t.entry().type())) {
          heads.addAll(g.enhancedChildren(o, SPREAD::contains));
          for (int aim : g.enhancedChildren(o, AIMS::contains)) {
            heads.addAll(g.enhancedChildren(aim, r -> LOCATIVE.contains(r) || SPREAD.contains(r)));
          } // "strikes on targets across Yemen", "raids against positions in X"
        }
        heads.addAll(directions(g, o)); // "a strike on a target southwest of Baghdad"
        if (launch) {
          heads.addAll(g.enhancedChildren(o, PlaceFinder::from)); // "a satellite from Sohae"
        }
      }
    }
    Location pending = null; // an unlisted place with no qualifier: the last resort
    for (int h : heads) {
      Optional<PlaceMatch> m = resolve(g, h);
      if (m.isEmpty()) {
        m = ofPhrase(g, h); // "in the east of the Gaza Strip", "40 km north of Kabul"
      }
      Optional<Location> unknown =
          m.isPresent() ? Optional.empty() : unlisted.place(g, List.of(h), this::resolve);
      if (unknown.isPresent() && unknown.get().country() != null) {
        return unknown.get(); // "near the Islam Qala crossing in western Afghanistan"
      }
      pending = pending != null ? pending : unknown.orElse(null);
      if (m.isEmpty()) {
        for (int in : g.enhancedChildren(h, r -> r.equals("nmod:in") || r.equals("nmod:at"))) {
          m = m.isPresent() ? m : resolve(g, in); // "outside the US consulate in Istanbul"
        }
      }
      if (m.isEmpty() && FORCE.contains(t.entry().type())) {
        for (int rel : g.childrenByRelation(h, "acl:relcl")) { // "at supporters who had gathered
          for (int in : g.enhancedChildren(rel, r -> r.equals("obl:in") || r.equals("obl:at"))) {
            m = m.isPresent() ? m : resolve(g, in); // in central Maputo"
          }
        }
      }
      if (m.isPresent()) {
        return m.get().toLocation();
      }
    }
    PloverType type = t.entry().type();
    if (type == PloverType.ASSAULT || type == PloverType.COERCE) {
      for (int o : objects) { // "shelled the city of Kherson": the target is the place
        Optional<PlaceMatch> m = o < 0 ? Optional.empty() : ofPhrase(g, o);
        if (m.isPresent() && PlacePhrases.SETTLEMENTS.contains(PredicateFinder.lemma(g.token(o)))) {
          return m.get().toLocation();
        }
      }
    }
    for (int path : g.enhancedChildren(t.token(), PATHS::contains)) {
      List<Integer> nouns = new ArrayList<>(List.of(path));
      nouns.addAll(g.enhancedChildren(path, r -> r.equals("nmod:of"))); // "the compound of the
      // embassy in Mogadishu"
      for (int in :
          nouns.stream()
              .flatMap(n -> g.enhancedChildren(n, r -> r.equals("nmod:in")).stream())
              .toList()) {
        Optional<PlaceMatch> m = resolve(g, in); // "took to the streets in Havana"
        m = m.isPresent() ? m : ofPhrase(g, in); // "set fire to a building in the city of X"
        if (m.isPresent()) {
          return m.get().toLocation();
        }
      }
    }
    if (t.entry().type() == PloverType.RETREAT) {
      Location left = leftPlace(g, t.token()); // "pulled out of Kherson": where they left
      if (left != null) {
        return left;
      }
    }
    Location venue = t.entry().type() == PloverType.CONSULT ? namedVenue(g, objects) : null;
    return venue != null ? venue : pending;
  }

  /** A town or region a withdrawal leaves (its from-phrase); a whole country is its target. */
  private Location leftPlace(DependencyGraph g, int verb) {
    for (int h : g.enhancedChildren(verb, r -> from(r) || r.equals("obl:out_of"))) {
      Optional<PlaceMatch> m = resolve(g, h);
      if (m.isPresent() && m.get().place().kind() != PlaceKind.COUNTRY) {
        return m.get().toLocation();
      }
    }
    return null;
  }

  /**
   * A place on the phrase of who acts (or is acted on in the passive), when the predicate has none:
   * "a special tribunal in Dhaka issued a warrant", "fired by a vessel near the Shoal".
   */
  Location argumentPlace(DependencyGraph g, Trigger t) {
    List<Integer> parties = new ArrayList<>();
    for (int a : g.enhancedChildren(t.token(), SUBJECTS::contains)) {
      parties.add(a);
      for (int c : g.enhancedChildren(a, r -> r.equals("acl"))) { // "cannon fired by a vessel"
        parties.addAll(g.enhancedChildren(c, r -> r.equals("obl:by") || r.equals("obl:agent")));
      }
    }
    for (int a : parties) {
      for (int h : g.enhancedChildren(a, LOCATIVE::contains)) {
        Optional<PlaceMatch> m = resolve(g, h);
        m = m.isPresent() ? m : ofPhrase(g, h); // "fighting in the city of El Fasher killed"
        if (m.isPresent()) {
          return m.get().toLocation();
        }
      }
    }
    return null;
  }

  private static boolean from(String relation) {
    return relation.equals("obl:from") || relation.equals("nmod:from");
  }

  /**
   * A meeting or occasion named after its place, when no phrase places it: "attend the Beijing
   * Olympics", "the Munich conference" (a place-tagged compound of the object).
   */
  private Location namedVenue(DependencyGraph g, List<Integer> objects) {
    for (int o : objects) {
      if (o < 0) {
        continue;
      }
      for (int c : g.childrenByRelation(o, "compound")) {
        if (PlacePhrases.PLACE_NER.contains(g.token(c).ner())) {
          Optional<PlaceMatch> m = resolve(g, c);
          if (m.isPresent()) {
            return m.get().toLocation();
          }
        }
      }
    }
    return null;
  }

  /** Compass words under {@code head} that have an of-phrase: "north of Kabul". */
  private static List<Integer> directions(DependencyGraph g, int head) {
    return g.children(head).stream()
        .map(d -> d.dependent())
        .filter(c -> DIRECTIONS.contains(g.token(c).lemma().toLowerCase(java.util.Locale.ROOT)))
        .filter(
            c -> !g.enhancedChildren(c, r -> r.equals("nmod:of") || r.equals("obl:of")).isEmpty())
        .toList();
  }
}
