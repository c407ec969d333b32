package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Recipients named outside the predicate's own phrase, tried in order when its recipient slots
 * found none: the party a threat's condition presses ("unless Britain removed ..."), the target of
 * an announced act ("threatened to strike American bases", "proposed talks with X"), the subject of
 * an accused or demanded clause ("alleged that France was aware"), the one a permission is given
 * to, or a phrase the parser hung on the accusation verb above ("accuses X of shipping shells to
 * Moscow").
 */
final class BorrowedRecipients {
  /** Types whose target may be the subject of the reported clause. */
  private static final Set<PloverType> CONTENT_TARGET =
      Set.of(PloverType.ACCUSE, PloverType.REQUEST);

  private final ClaimCues cues;

  BorrowedRecipients(ClaimCues cues) {
    this.cues = cues;
  }

  /** Recipient heads from outside the predicate's phrase, or empty. */
  List<Integer> find(DependencyGraph g, Trigger t) {
    int v = t.token();
    PloverType type = t.entry().type();
    List<Integer> out = type == PloverType.THREATEN ? conditionSubjects(g, v) : List.of();
    if (out.isEmpty() && type != PloverType.CONSULT) { // a meeting's topic names no partner
      out = announcedTarget(g, v);
    }
    if (out.isEmpty() && CONTENT_TARGET.contains(type)) {
      out = contentSubject(g, v);
    }
    if (out.isEmpty() && type == PloverType.CONCEDE && t.object() >= 0) {
      out = permitted(g, t.object());
    }
    return out.isEmpty() ? allegedPhrase(g, t) : out;
  }

  /**
   * The subject of an unless- or if-clause on a threat or its complement: the party the threat
   * presses ("threatened to veto the text unless Britain removed a paragraph": Britain).
   */
  private static List<Integer> conditionSubjects(DependencyGraph g, int v) {
    List<Integer> clauses = new ArrayList<>(g.childrenByRelation(v, "advcl"));
    for (int x : g.childrenByRelation(v, "xcomp")) {
      clauses.addAll(g.childrenByRelation(x, "advcl"));
    }
    for (int c : clauses) {
      boolean condition =
          g.childrenByRelation(c, "mark").stream()
              .anyMatch(m -> Set.of("unless", "if").contains(PredicateFinder.lemma(g.token(m))));
      List<Integer> subj = g.enhancedChildren(c, r -> r.equals("nsubj"));
      if (condition && !subj.isEmpty() && !g.token(subj.get(0)).isPronoun()) {
        return subj;
      }
    }
    return List.of();
  }

  /**
   * The target of the act a verb announces: the with-phrase of its object ("proposed holding talks
   * with X"), the object unless a possessive pronoun makes it the actor's own ("agreed to withdraw
   * its troops from X": X, through the act's from-, to- or against-phrase), else the object.
   */
  private static List<Integer> announcedTarget(DependencyGraph g, int v) {
    for (int x : g.childrenByRelation(v, "xcomp")) {
      List<Integer> obj = g.enhancedChildren(x, r -> r.equals("obj"));
      List<Integer> others = obj.stream().filter(o -> !ownedByPronoun(g, o)).toList();
      for (int o : others) {
        List<Integer> partners = ArgumentShapes.prepositional(g, o, "with");
        if (!partners.isEmpty()) {
          return partners;
        }
      }
      if (!others.isEmpty()) {
        return others;
      }
      for (String prep : List.of("from", "to", "against")) {
        List<Integer> found = ArgumentShapes.prepositional(g, x, prep);
        if (!found.isEmpty()) {
          return found;
        }
      }
      if (!obj.isEmpty()) {
        return obj; // "to reinforce its force in Kosovo"
      }
    }
    return List.of();
  }

  /**
   * "alleged that France was aware", "demanded that Iraq leave", "called on both sides to stop".
   */
  private static List<Integer> contentSubject(DependencyGraph g, int v) {
    List<Integer> clauses = new ArrayList<>(g.childrenByRelation(v, "ccomp"));
    for (int c : g.childrenByRelation(v, "advcl")) {
      if (ArgumentFinder.infinitive(g, c)) {
        clauses.add(c); // parsed as a clause with a subject
      }
    }
    for (int c : clauses) {
      List<Integer> subj = g.enhancedChildren(c, r -> r.startsWith("nsubj"));
      if (!subj.isEmpty()) {
        return subj;
      }
    }
    return List.of();
  }

  /** "gave permission to Russia to help": the one permitted. */
  private static List<Integer> permitted(DependencyGraph g, int object) {
    for (int c : g.childrenByRelation(object, "acl")) {
      List<Integer> subj = g.enhancedChildren(c, r -> r.startsWith("nsubj"));
      if (!subj.isEmpty()) {
        return subj;
      }
    }
    return List.of();
  }

  /**
   * A recipient phrase the parser hung on the accusing verb above ("accuses X of shipping shells to
   * Moscow").
   */
  private List<Integer> allegedPhrase(DependencyGraph g, Trigger t) {
    int cue = nearestVerbAbove(g, t.token());
    if (cue < 0
        || cues.cue(PredicateFinder.lemma(g.token(cue)), 'V').orElse(null)
            != ClaimCues.Kind.ALLEGE) {
      return List.of();
    }
    for (String slot : t.entry().recipientSlots()) {
      if (!slot.equals("obj") && !slot.equals("iobj") && !slot.equals("-")) {
        List<Integer> found = ArgumentShapes.prepositional(g, cue, slot);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static int nearestVerbAbove(DependencyGraph g, int v) {
    for (int a : g.ancestors(v)) {
      if (g.token(a).isVerb()) {
        return a;
      }
    }
    return -1;
  }

  /** "its troops", "their forces": a noun a possessive pronoun owns. */
  private static boolean ownedByPronoun(DependencyGraph g, int noun) {
    return g.childrenByRelation(noun, "nmod:poss").stream().anyMatch(p -> g.token(p).isPronoun());
  }
}
