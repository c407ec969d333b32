package org.eventwire.coding;

import java.util.List;
import java.util.Set;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Force or destruction by a crowd at a protest is a violent protest (PROTEST riot, CAMEO 145): the
 * actor heads are crowd nouns (coding/crowd-nouns.txt), and the act is an attack or destruction the
 * lexicon codes as ASSAULT. Blocking and other coercion keep their codes.
 */
final class Riots {
  private final Set<String> crowdNouns;

  Riots(Set<String> crowdNouns) {
    this.crowdNouns = Set.copyOf(crowdNouns);
  }

  static Riots loadDefault() {
    return new Riots(PredicateFinder.loadWordList("eventwire/coding/crowd-nouns.txt"));
  }

  /** A crowd noun, also behind a quantity ("hundreds of protesters"). */
  private boolean crowd(DependencyGraph g, int h) {
    if (crowdNouns.contains(PredicateFinder.lemma(g.token(h)))) {
      return true;
    }
    return PredicateFinder.isQuantity(g.token(h))
        && g.enhancedChildren(h, r -> r.equals("nmod:of")).stream()
            .anyMatch(o -> crowdNouns.contains(PredicateFinder.lemma(g.token(o))));
  }

  /** The entry as a riot when every actor head is a crowd noun and the act is force; else as is. */
  PredicateEntry recode(DependencyGraph g, PredicateEntry e, List<Integer> actorHeads) {
    if (e.type() != PloverType.ASSAULT
        || actorHeads.isEmpty()
        || !actorHeads.stream().allMatch(h -> crowd(g, h))) {
      return e;
    }
    return e.recoded(
        PloverType.PROTEST, "riot", "145", "by a crowd at a protest: a riot (crowd-nouns.txt)");
  }
}
