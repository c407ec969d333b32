package org.eventwire.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Drops predicates used in a sense that names no happening of their own (issue 3, precision): a
 * participle used as an adjective ("a contested bill", "a negotiated solution"), an approval of
 * one's own act ("approved removing Korea from the list"), a breach noun after "in" ("in violation
 * of the sanctions"), a manner adverbial, and consultations an envoy is recalled for. The breach
 * nouns are a data file.
 */
final class NonEventTriggers {
  /** The only dependents a participle used as a bare adjective has. */
  private static final Set<String> BARE = Set.of("advmod", "punct");

  private final Set<String> breachNouns;

  NonEventTriggers(Set<String> breachNouns) {
    this.breachNouns = Set.copyOf(breachNouns);
  }

  static NonEventTriggers loadDefault() {
    return new NonEventTriggers(PredicateFinder.loadWordList("eventwire/coding/breach-nouns.txt"));
  }

  /** The triggers that name a happening, in order. */
  List<Trigger> keep(DependencyGraph g, List<Trigger> triggers) {
    return triggers.stream().filter(t -> !nonEvent(g, t)).toList();
  }

  /** A participle modifying a noun with no word of its own: "a contested bill". */
  private static boolean bareAdjective(DependencyGraph g, int i) {
    return g.token(i).pos().equals("VBN") // not a gerund: "a firing drill", "sheltering rebels"
        && g.relation(i).equals("amod")
        && g.children(i).stream().allMatch(d -> BARE.contains(d.relation()));
  }

  /**
   * "The cabinet approved removing Korea from the list", "backed sending troops": what is approved
   * is an act of the approving side, coded from its own clause; the approval backs no other party.
   */
  private static boolean approvesAnAct(DependencyGraph g, int v) {
    int next = v + 1; // the act right after the verb: not "signed a deal, committing them to"
    return next < g.size()
        && g.token(next).pos().equals("VBG")
        && g.head(next) == v
        && Set.of("xcomp", "obj", "ccomp", "dep").contains(g.relation(next));
  }

  /**
   * A clause of condition ("threatened to block the deal unless Sweden extradites the suspects",
   * "will respond if the ban is not lifted"): a supposition, not a happening.
   */
  private static boolean condition(DependencyGraph g, int v) {
    return g.baseRelation(v).equals("advcl")
        && g.childrenByRelation(v, "mark").stream()
            .anyMatch(
                m -> Set.of("unless", "if").contains(g.token(m).lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * A pressure verb used of bodies moved across a line ("were pushed across the border", "driven
   * into Bosnia"): motion, not a demand.
   */
  private static boolean movedAcross(DependencyGraph g, int v) {
    return !g.enhancedChildren(
            v,
            r ->
                r.equals("obl:across")
                    || r.equals("obl:into")
                    || r.equals("obl:over")
                    || r.equals("obl:out_of"))
        .isEmpty();
  }

  private boolean nonEvent(DependencyGraph g, Trigger t) {
    int i = t.token();
    if (!t.nominal()) {
      return bareAdjective(g, i) // "a contested bill"
          || describedAsAccused(g, t)
          || (t.entry().type() == PloverType.SUPPORT && approvesAnAct(g, i))
          || condition(g, i) // "unless Sweden extradites the suspects"
          || (t.entry().type() == PloverType.REQUEST && movedAcross(g, i));
    }
    String lemma = g.token(i).lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("charge") && i + 1 < g.size() && envoy(g.token(i + 1).word())) {
      return true; // "the charge d'affaires": an envoy, not an accusation
    }
    return (breachNouns.contains(lemma) && hasCase(g, i, "in")) // "in violation of"
        || recalledForConsultations(g, i, lemma);
  }

  private static boolean envoy(String next) {
    return next.toLowerCase(Locale.ROOT).replace('\u2019', '\'').startsWith("d'affaires");
  }

  /**
   * "A commander accused of overseeing killings", "a ship suspected of carrying arms": an
   * accusation by nobody named describes the accused; the accused act is coded, and is his.
   */
  private static boolean describedAsAccused(DependencyGraph g, Trigger t) {
    int i = t.token();
    return t.entry().type() == PloverType.ACCUSE
        && ArgumentShapes.participleOnNoun(g, i)
        && g.enhancedChildren(i, r -> r.equals("obl:agent") || r.equals("obl:by")).isEmpty();
  }

  private static boolean hasCase(DependencyGraph g, int i, String preposition) {
    return g.childrenByRelation(i, "case").stream()
        .anyMatch(c -> g.token(c).word().equalsIgnoreCase(preposition));
  }

  /**
   * "Recalled its ambassador for consultations": the diplomatic idiom for calling an envoy home;
   * consultations with nobody named are the recall's purpose, not talks between parties.
   */
  private static boolean recalledForConsultations(DependencyGraph g, int i, String lemma) {
    return lemma.equals("consultation")
        && hasCase(g, i, "for")
        && g.enhancedChildren(i, r -> r.equals("nmod:with") || r.equals("nmod:between")).isEmpty();
  }
}
