package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.DependencyGraph;

/**
 * Who speaks or acts in the clauses around a mention: the subject of the clause a noun is the
 * object of, the speaker of a reported clause, the subject of a clause above. Pronoun rules of
 * {@link ActorMentions} ask; the subjects found are resolved through the mention resolver given.
 */
final class ClauseSpeakers {
  /** Resolves the phrase headed by a token, as {@link ActorMentions#resolve} does. */
  interface Resolver {
    List<ActorRef> resolve(DependencyGraph g, int head, List<String> excluding);
  }

  private final Resolver resolver;

  ClauseSpeakers(Resolver resolver) {
    this.resolver = resolver;
  }

  /** "X carried out their exchange": X, the subject of the clause the noun is an object of. */
  List<ActorRef> ownClauseSubject(DependencyGraph g, int noun, List<String> excluding) {
    int verb = noun < 0 ? -1 : g.head(noun);
    boolean object = noun >= 0 && Set.of("obj", "obl").contains(g.baseRelation(noun));
    if (verb < 0 || !object || !g.token(verb).isVerb()) {
      return List.of();
    }
    List<ActorRef> out = new ArrayList<>();
    for (int s : g.enhancedChildren(verb, r -> r.equals("nsubj"))) {
      if (!g.token(s).isPronoun()) {
        out.addAll(resolver.resolve(g, s, excluding));
      }
    }
    return out.stream().filter(r -> r.code() != null).toList();
  }

  /**
   * True when a verb above the pronoun's clause has a subject of its own ("the JCS, which said it
   * had ..."): the pronoun is then that speaker's, not the previous sentence's subject.
   */
  static boolean isReported(DependencyGraph g, int pronoun) {
    int clause = g.head(pronoun);
    return clause >= 0
        && g.ancestors(clause).stream()
            .anyMatch(a -> g.token(a).isVerb() && !g.childrenByRelation(a, "nsubj").isEmpty());
  }

  /**
   * "The rebels said they will release ...": a pronoun subject in a complement clause is the
   * subject of the clause above it.
   */
  List<ActorRef> speakerAbove(DependencyGraph g, int pronoun, List<String> excluding) {
    int clause = g.head(pronoun);
    if (clause < 0) {
      return List.of();
    }
    for (int a : g.ancestors(clause)) {
      if (!g.token(a).isVerb()) {
        continue;
      }
      List<ActorRef> speakers = new ArrayList<>();
      for (int s : g.enhancedChildren(a, r -> r.equals("nsubj"))) {
        if (!g.token(s).isPronoun()) {
          speakers.addAll(resolver.resolve(g, s, excluding)); // "Obama and Putin said they ..."
        }
      }
      if (!speakers.isEmpty()) {
        return speakers;
      }
    }
    return List.of();
  }

  /**
   * "Bolivia's justice minister announced that the government would appeal": the speaker of the
   * reported clause whose subject is {@code subject}; empty when the clause is not reported or its
   * speaker is a pronoun.
   */
  List<ActorRef> speakerOfClause(DependencyGraph g, int subject, List<String> excluding) {
    int verb = g.head(subject);
    if (verb < 0 || !g.baseRelation(subject).startsWith("nsubj")) {
      return List.of();
    }
    if (!g.baseRelation(verb).equals("ccomp") || g.head(verb) < 0) {
      return List.of();
    }
    List<ActorRef> speakers = new ArrayList<>();
    for (int s : g.enhancedChildren(g.head(verb), r -> r.equals("nsubj"))) {
      if (!g.token(s).isPronoun()) {
        speakers.addAll(resolver.resolve(g, s, excluding));
      }
    }
    return speakers;
  }

  /**
   * The speaker whose reported clause (ccomp) holds the pronoun, when no verb between them has a
   * subject of its own: "Israel said a shell was fired at it" is Israel; not "thanked Turkey and
   * asked it" (a conjunct) or "threatened to take it" (a complement of wanting, not reporting).
   */
  List<ActorRef> reportingSpeaker(DependencyGraph g, int pronoun, List<String> excluding) {
    int clause = g.head(pronoun);
    boolean reported = false;
    while (clause >= 0) {
      List<Integer> subjects = g.childrenByRelation(clause, "nsubj");
      if (!subjects.isEmpty()) {
        if (!reported || g.token(subjects.get(0)).isPronoun()) {
          return List.of();
        }
        return resolver.resolve(g, subjects.get(0), excluding);
      }
      reported |= g.baseRelation(clause).equals("ccomp");
      clause = g.head(clause);
    }
    return List.of();
  }
}
