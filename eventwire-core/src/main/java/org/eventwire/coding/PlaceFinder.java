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
import org.eventwire.resolve.places.PlaceMatch;

/**
 * The place attached to a predicate ("met in Pyongyang", "a summit in the Amur region", "shelling
 * in the east of the Gaza Strip"): a locative phrase on the predicate or on its light-verb object,
 * resolved in the gazetteer with the article's countries and dateline as context.
 */
final class PlaceFinder {
  private static final Set<String> LOCATIVE = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at");
  private static final Set<String> PLACE_NER =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "ORGANIZATION");
  private final Gazetteer gazetteer;
  private final ArticleContext context;
  private final String datelineCountry;
  private final List<String> nearby;

  PlaceFinder(Gazetteer gazetteer, ArticleContext context, String datelinePlace) {
    this.gazetteer = gazetteer;
    this.context = context;
    this.nearby = datelinePlace == null ? List.of() : List.of(datelinePlace);
    this.datelineCountry =
        datelinePlace == null
            ? null
            : gazetteer.resolve(datelinePlace).map(m -> m.place().country()).orElse(null);
  }

  Location find(DependencyGraph g, Trigger t) {
    List<Integer> heads = new ArrayList<>(g.enhancedChildren(t.token(), LOCATIVE::contains));
    if (t.object() >= 0) {
      heads.addAll(g.enhancedChildren(t.object(), LOCATIVE::contains));
    }
    for (int h : heads) {
      Optional<PlaceMatch> m = resolve(g, h);
      if (m.isEmpty()) {
        for (int of : g.enhancedChildren(h, r -> r.equals("nmod:of"))) {
          m = resolve(g, of); // "in the east of the Gaza Strip"
        }
      }
      if (m.isPresent()) {
        return m.get().toLocation();
      }
    }
    return null;
  }

  /** A place named as a would-be actor ("shelled Odesa"), or null when it names no place. */
  Location named(String text) {
    PlaceContext ctx = new PlaceContext(context.countryCodes(), datelineCountry, nearby);
    return gazetteer.resolve(text, ctx).map(PlaceMatch::toLocation).orElse(null);
  }

  private Optional<PlaceMatch> resolve(DependencyGraph g, int head) {
    List<Token> name = nameTokens(g, head);
    if (name.stream().noneMatch(x -> PLACE_NER.contains(x.ner()) || x.isProperNoun())) {
      return Optional.empty();
    }
    String text =
        g.sentence()
            .text()
            .substring(
                name.get(0).begin() - g.sentence().begin(),
                name.get(name.size() - 1).end() - g.sentence().begin());
    PlaceContext ctx = new PlaceContext(context.countryCodes(), datelineCountry, nearby);
    return gazetteer.resolve(text, ctx);
  }

  /** The head noun with its compound and adjective modifiers ("Amur region", "North Korea"). */
  private static List<Token> nameTokens(DependencyGraph g, int head) {
    List<Integer> idx =
        g.subtree(head, r -> !(r.equals("compound") || r.equals("amod") || r.equals("flat")));
    List<Token> out = new ArrayList<>();
    for (int i : idx) {
      out.add(g.token(i));
    }
    return out;
  }
}
