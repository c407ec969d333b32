package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.nlp.DependencyGraph;

/**
 * Shapes of the parse that argument rules test: phrases with a preposition (on a word, or on a
 * clause modifying a noun), conjoined verbs, participles that are passives. Stateless; used by
 * {@link ArgumentFinder} and the passes around it.
 */
final class ArgumentShapes {
  private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

  private ArgumentShapes() {}

  /**
   * "after talks mediated by Qatar" parsed as a clause whose subject is "talks": a bare past
   * participle with a subject and a by-phrase but no auxiliary is a passive, its subject the
   * passive's.
   */
  static boolean reducedPassive(DependencyGraph g, int v) {
    return g.token(v).pos().equals("VBN")
        && g.childrenByRelation(v, "aux").isEmpty()
        && !g.enhancedChildren(v, r -> r.equals("nsubj")).isEmpty()
        && !g.enhancedChildren(v, r -> r.equals("obl:by") || r.equals("obl:agent")).isEmpty();
  }

  /**
   * A past participle after the noun it modifies ("a commander accused of ...", "sanctions imposed
   * on X"), parsed as acl or as a trailing amod: a passive whose subject is that noun.
   */
  static boolean participleOnNoun(DependencyGraph g, int v) {
    String rel = g.relation(v);
    return g.token(v).pos().equals("VBN")
        && (rel.startsWith("acl") || (rel.equals("amod") && g.head(v) >= 0 && g.head(v) < v));
  }

  /**
   * Phrases with that preposition; "out of" counts as "from" ("pulled out of Niger"). Time phrases
   * are left out: "on Friday" is no party, and must not hide "on Libya".
   */
  static List<Integer> prepositional(DependencyGraph g, int head, String prep) {
    boolean from = prep.equals("from");
    return g
        .enhancedChildren(
            head,
            r ->
                r.equals("obl:" + prep)
                    || r.equals("nmod:" + prep)
                    || (from && (r.equals("obl:out_of") || r.equals("nmod:out_of"))))
        .stream()
        .filter(i -> !TIMES.contains(g.token(i).ner()))
        .toList();
  }

  /** The verbs conjoined with {@code v}, either way ("boarded and seized"). */
  static List<Integer> conjoined(DependencyGraph g, int v) {
    List<Integer> out = new ArrayList<>(g.childrenByRelation(v, "conj"));
    if (g.baseRelation(v).equals("conj") && g.head(v) >= 0) {
      out.add(g.head(v));
    }
    out.removeIf(c -> !g.token(c).isVerb());
    return out;
  }

  /**
   * Phrases with that preposition on a noun, else on a clause that modifies it: "sanctions imposed
   * on X", "the complaint it had filed against X".
   */
  static List<Integer> ofObject(DependencyGraph g, int noun, String prep) {
    List<Integer> found = new ArrayList<>(prepositional(g, noun, prep));
    for (String rel : List.of("acl", "acl:relcl")) {
      for (int c : g.childrenByRelation(noun, rel)) {
        if (found.isEmpty()) {
          found.addAll(prepositional(g, c, prep));
        }
      }
    }
    return found;
  }

  /**
   * Objects of a reaction that are things someone made ("the resolution drafted by the EU", "the
   * sanctions imposed by Washington", "railroaded through the Third Committee"): their makers,
   * named by a participle's agent; other objects as they are.
   */
  static List<Integer> authors(DependencyGraph g, List<Integer> objects) {
    List<Integer> out = new ArrayList<>();
    for (int o : objects) {
      List<Integer> makers = new ArrayList<>();
      if (g.token(o).pos().equals("NN") || g.token(o).pos().equals("NNS")) {
        for (int acl : g.childrenByRelation(o, "acl")) {
          if (g.token(acl).pos().equals("VBN")) {
            makers.addAll(
                g.enhancedChildren(
                    acl,
                    r -> r.equals("obl:agent") || r.equals("obl:by") || r.equals("obl:through")));
          }
        }
      }
      out.addAll(makers.isEmpty() ? List.of(o) : makers);
    }
    return out;
  }
}
