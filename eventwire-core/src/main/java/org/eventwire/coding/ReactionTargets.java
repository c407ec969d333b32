package org.eventwire.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Targets for events that react to or answer another party's act without naming the party
 * ("condemned the seizure", "rejected the move", "vowed to retaliate"): the actors of the latest
 * conflictual act coded before them in the article.
 */
final class ReactionTargets {
  /** Reactions to an act named only by a noun ("condemned the seizure"). */
  private static final Set<PloverType> REACTIONS =
      Set.of(PloverType.ACCUSE, PloverType.PROTEST, PloverType.REJECT, PloverType.SANCTION);

  private final PredicateFinder predicates;
  private final Set<String> actNouns =
      PredicateFinder.loadWordList("eventwire/coding/act-nouns.txt");
  private final Set<String> retaliation =
      PredicateFinder.loadWordList("eventwire/coding/retaliation-words.txt");

  ReactionTargets(PredicateFinder predicates) {
    this.predicates = predicates;
  }

  /**
   * The event, aimed at the actors of the latest conflictual act before it when it reacts to an act
   * named by a noun or answers one, and names no target with a country or body of its own.
   */
  Event target(DependencyGraph g, Trigger t, Event e, Collection<Event> before) {
    boolean unplaced = e.recipients().stream().allMatch(r -> !r.placed());
    boolean reaction =
        REACTIONS.contains(e.type()) && (predicates.objectIsEvent(g, t) || namesAct(g, t));
    if (!unplaced || !(reaction || answers(g, t))) {
      return e;
    }
    String noun = actNoun(g, t);
    List<ActorRef> culprits = culpritBefore(before, e, noun);
    if (culprits.isEmpty() && noun != null && actNouns.contains(noun)) {
      culprits = newsBefore(before, e); // "Serbia condemned the move": Chile's recognition
    }
    return culprits.isEmpty() ? e : e.withRecipients(culprits);
  }

  /** The lemma of the noun the reaction names ("condemned the strikes": strike), or null. */
  private static String actNoun(DependencyGraph g, Trigger t) {
    return objects(g, t).stream()
        .map(o -> PredicateFinder.lemma(g.token(o)))
        .findFirst()
        .orElse(null);
  }

  /** The trigger's objects: its direct objects, or the object it was found with. */
  private static List<Integer> objects(DependencyGraph g, Trigger t) {
    List<Integer> out = new ArrayList<>(g.enhancedChildren(t.token(), r -> r.equals("obj")));
    if (out.isEmpty() && t.object() >= 0) {
      out.add(t.object());
    }
    for (int o : List.copyOf(out)) { // "expressed concern over the incident": the incident
      out.addAll(g.enhancedChildren(o, r -> r.equals("nmod:over") || r.equals("nmod:about")));
    }
    out.addAll(g.enhancedChildren(t.token(), r -> r.equals("obl:over") || r.equals("obl:about")));
    return out;
  }

  /**
   * "will retaliate", "will take countermeasures", "vowed to respond": an act, or a threat of one,
   * answering another's.
   */
  boolean answers(DependencyGraph g, Trigger t) {
    return retaliation.contains(PredicateFinder.lemma(g.token(t.token())))
        || (t.entry().type() == PloverType.THREATEN
            && g.childrenByRelation(t.token(), "xcomp").stream()
                .anyMatch(x -> retaliation.contains(PredicateFinder.lemma(g.token(x)))));
  }

  /** "rejected the move": the object is a noun for someone's act (act-nouns.txt). */
  private boolean namesAct(DependencyGraph g, Trigger t) {
    return objects(g, t).stream()
        .anyMatch(o -> actNouns.contains(PredicateFinder.lemma(g.token(o))));
  }

  /**
   * "Iran seized a tanker. The US condemned the seizure.": the act a reaction names by a noun is
   * taken to be the latest conflictual act coded before it from that word, else the first
   * conflictual act of the article (the news a reaction answers: "rejected the move"); its actors,
   * if they are not the reacting party, are the reaction's target.
   */
  private static List<ActorRef> culpritBefore(
      Collection<Event> before, Event reaction, String noun) {
    List<String> own = reaction.actors().stream().map(ActorRef::country).toList();
    List<Event> earlier = new ArrayList<>(before);
    for (boolean byName : new boolean[] {true, false}) {
      // first the latest act coded from the word the reaction names ("the strikes"); then, for a
      // word that names no kind of act ("the move"), the article's first one: its news
      for (int k = 0; k < earlier.size(); k++) {
        Event e = earlier.get(byName ? earlier.size() - 1 - k : k);
        if (e.quadClass() < 3 || e.negated() || (byName && !namedBy(e, noun))) {
          continue;
        }
        List<ActorRef> culprits =
            e.actors().stream()
                .filter(a -> a.code() != null && !own.contains(a.country()))
                .toList();
        if (!culprits.isEmpty()) {
          return culprits;
        }
      }
    }
    return ownAdversary(earlier, own);
  }

  /**
   * "Chile recognised Kosovo ... Serbia condemned the move": a reaction to an act named by a word
   * for any act, with no conflictual act of another party before it, answers the article's first
   * act by another party, whatever its kind: the news.
   */
  private static List<ActorRef> newsBefore(Collection<Event> before, Event reaction) {
    List<String> own = reaction.actors().stream().map(ActorRef::country).toList();
    for (Event e : before) {
      List<ActorRef> others =
          e.negated()
              ? List.of()
              : e.actors().stream()
                  .filter(a -> a.code() != null && a.placed() && !own.contains(a.country()))
                  .toList();
      if (!others.isEmpty()) {
        return others;
      }
    }
    return List.of();
  }

  /**
   * "Seoul condemned the move ... South Korea would take countermeasures": with no act of another
   * party before it, a reaction is aimed at whom the reacting party last acted against.
   */
  static List<ActorRef> ownAdversary(List<Event> earlier, List<String> own) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event e = earlier.get(i);
      if (e.quadClass() < 3
          || e.negated()
          || e.actors().stream().noneMatch(a -> own.contains(a.country()))) {
        continue;
      }
      List<ActorRef> adversaries =
          e.recipients().stream()
              .filter(r -> r.code() != null && r.country() != null && !own.contains(r.country()))
              .toList();
      if (!adversaries.isEmpty()) {
        return adversaries;
      }
    }
    return List.of();
  }

  /** True when the event's trigger has a word beginning with the noun ("strikes" for strike). */
  private static boolean namedBy(Event e, String noun) {
    if (noun == null || e.evidence().trigger() == null) {
      return false;
    }
    for (String w : e.evidence().trigger().toLowerCase(java.util.Locale.ROOT).split(" ")) {
      if (w.startsWith(noun)) {
        return true;
      }
    }
    return false;
  }
}
