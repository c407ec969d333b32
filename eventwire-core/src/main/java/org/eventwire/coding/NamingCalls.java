package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.coding.lexicon.PredicateLexicon;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;

/**
 * Naming verbs (coding/naming-verbs.txt): "call" asks for something only in its request shape
 * ("called on Seoul to", "called for talks"); otherwise it names, which is no event, unless what it
 * calls an act is criticism ("called the closure disproportionate": lexicon rows keyed {@code
 * named:WORD}).
 */
final class NamingCalls {
  private final PredicateLexicon lexicon;
  private final Set<String> namingVerbs;

  NamingCalls(PredicateLexicon lexicon, Set<String> namingVerbs) {
    this.lexicon = lexicon;
    this.namingVerbs = Set.copyOf(namingVerbs);
  }

  /**
   * "called the expulsion a hostile act": a naming verb is an event only in its request shape, with
   * a particle, an on- or for-phrase or a clause to do ("called on Seoul to", "called for talks",
   * "called off the visit"); the parser marks the describing noun in too many ways to look for it.
   */
  boolean names(DependencyGraph g, int verb) {
    if (!namingVerbs.contains(PredicateFinder.lemma(g.token(verb)))) {
      return false;
    }
    boolean onOrFor = // not a time: "which China calls Diaoyu, on Sunday evening"
        g.enhancedChildren(verb, r -> r.equals("obl:on") || r.equals("obl:for")).stream()
            .anyMatch(c -> !g.token(c).isTime());
    if (!g.childrenByRelation(verb, "compound:prt").isEmpty() || onOrFor) {
      return false;
    }
    for (var d : g.children(verb)) {
      String rel = d.baseRelation();
      boolean clause = rel.equals("xcomp") || rel.equals("advcl") || rel.equals("ccomp");
      if (clause && g.token(d.dependent()).isVerb()) {
        return false; // "called on allies to supply", however the parser attaches it
      }
    }
    return true;
  }

  /**
   * A naming verb's row for what it calls its object ("called the closure disproportionate",
   * "called the drills a reckless provocation"): keys {@code named:LEMMA} for the describing words,
   * which the parser hangs as a second object, an open complement or a noun modifier, and their
   * adjectives; none when the row list has no such word (a bare naming is no event).
   */
  Optional<Trigger> trigger(DependencyGraph g, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (PredicateFinder.lemma(g.token(k)).equals("what")) {
        return Optional.empty(); // "protested what it called a violation": the protest is the act
      }
    }
    int head = g.head(i);
    boolean adjunct = g.token(i).pos().equals("VBG") && !g.relation(i).startsWith("acl");
    if (adjunct && head >= 0 && g.token(head).isVerb()) {
      if (lexicon.bestVerb(PredicateFinder.lemma(g.token(head)), null, null).isPresent()) {
        return Optional.empty(); // "rejected the move, calling it illegal": the rejection is it
      }
    }
    List<Integer> objects = new ArrayList<>(g.enhancedChildren(i, r -> r.equals("obj")));
    for (int x : g.childrenByRelation(i, "xcomp")) { // "called the closure illegal": a small clause
      objects.addAll(g.childrenByRelation(x, "nsubj"));
    }
    int called = objects.isEmpty() ? -1 : objects.get(0);
    List<Integer> describing = new ArrayList<>();
    if (called >= 0) { // 'called the closure "disproportionate"': an adjective after its noun
      g.childrenByRelation(called, "amod").stream()
          .filter(a -> a > called)
          .forEach(describing::add);
    }
    for (var d : g.children(i)) {
      String rel = d.baseRelation();
      boolean describes =
          rel.equals("xcomp")
              || d.relation().equals("obl:npmod")
              || (rel.equals("obj") && d.dependent() != called);
      if (!describes) {
        continue;
      }
      describing.add(d.dependent());
      describing.addAll(g.childrenByRelation(d.dependent(), "amod"));
    }
    for (int k = Math.max(i, called) + 1; k < g.size() && !clauseEnds(g, k); k++) {
      describing.add(k); // 'called the expulsion of its diplomats a hostile act', however parsed
    }
    for (int w : describing) {
      Optional<PredicateEntry> e =
          lexicon.bestVerb(
              PredicateFinder.lemma(g.token(i)),
              null,
              "named:" + PredicateFinder.lemma(g.token(w)));
      if (e.isPresent() && !e.get().objects().isEmpty()) {
        return Optional.of(new Trigger(i, e.get(), called, false));
      }
    }
    return Optional.empty();
  }

  /** Where the words a naming verb applies end: a clause break, a conjunction or another verb. */
  private static boolean clauseEnds(DependencyGraph g, int k) {
    Token t = g.token(k);
    return Set.of(",", ":", ".", "CC", "WDT").contains(t.pos())
        || (t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG"));
  }
}
