package org.eventwire.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Location;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.Phrase;

/**
 * The place attached to a predicate ("met in Pyongyang", "a summit in the Amur region"): a locative
 * phrase on the predicate or on its light-verb object. Without a gazetteer yet, the country comes
 * from the actor knowledge base and coordinates stay null.
 */
final class PlaceFinder {
  private static final Set<String> LOCATIVE = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at");
  private static final Set<String> PLACE_NER =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private final ActorResolver resolver;

  PlaceFinder(ActorResolver resolver) {
    this.resolver = resolver;
  }

  Location find(DependencyGraph g, Trigger t, LocalDate date) {
    List<Integer> heads = new ArrayList<>(g.enhancedChildren(t.token(), LOCATIVE::contains));
    if (t.object() >= 0) {
      heads.addAll(g.enhancedChildren(t.object(), LOCATIVE::contains));
    }
    for (int h : heads) {
      List<Token> name = nameTokens(g, h);
      if (name.stream().anyMatch(x -> PLACE_NER.contains(x.ner()))) {
        String text =
            g.sentence()
                .text()
                .substring(
                    name.get(0).begin() - g.sentence().begin(),
                    name.get(name.size() - 1).end() - g.sentence().begin());
        List<ActorRef> refs = resolver.resolve(new Phrase(text, name, name.size() - 1), date);
        String country = refs.isEmpty() ? null : refs.get(0).country();
        return new Location(text, country, null, null, null, null, null);
      }
    }
    return null;
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
