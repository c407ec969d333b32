package org.eventwire.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Finds the head tokens of a predicate's actor and recipient phrases in the dependency graph, as
 * named passes: voice, direct subject, participle head, inherited subject, nominal owner.
 */
public final class ArgumentFinder {
  /** NER labels of time phrases. */

  /** Relations through which a subject-less clause inherits its governor's subject. */
  private static final Set<String> CONTROL =
      Set.of("xcomp", "advcl", "conj", "obl", "nmod", "acl", "amod", "obj", "dep");

  /** Types whose partner may hang on the object: "signed a deal with X". */
  private static final Set<org.eventwire.model.PloverType> PARTNERSHIP =
      Set.of(
          org.eventwire.model.PloverType.SUPPORT,
          org.eventwire.model.PloverType.AGREE,
          org.eventwire.model.PloverType.COOPERATE,
          org.eventwire.model.PloverType.CONSULT);

  /**
   * Prepositions that place a nominal event beside the clause's own ("condemned Israel after the
   * raid"): the clause's subject is not the nominal event's actor.
   */
  private static final Set<String> OTHER_HAPPENING =
      Set.of(
          "obl:after",
          "obl:before",
          "obl:since",
          "obl:following",
          "obl:over",
          "obl:despite",
          "obl:amid",
          "obl:against");

  /** How a noun's owner hangs on it: "Iran's seizure", "Iranian seizure", "seizure by Iran". */
  static final Set<String> OWNER = Set.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:agent");

  private final ClaimCues cues;
  private final BorrowedRecipients borrowed;
  private final SummaryClauses summaries = SummaryClauses.loadDefault();
  private final VenueTargets venues = VenueTargets.loadDefault();

  /** Verbs whose object is another party's act (coding/reaction-verbs.txt). */
  private final Set<String> reactionVerbs;

  private final Set<String> purposeVerbs =
      PredicateFinder.loadWordList("eventwire/coding/purpose-verbs.txt");

  public ArgumentFinder(ClaimCues cues) {
    this.cues = cues;
    this.reactionVerbs = PredicateFinder.loadWordList("eventwire/coding/reaction-verbs.txt");
    this.borrowed = new BorrowedRecipients(cues);
  }

  /**
   * The heads found for one trigger.
   *
   * @param actors actor phrase heads
   * @param recipients recipient phrase heads
   * @param passive whether the predicate is in the passive voice
   * @param rule the pass that found the actors, for {@code --explain}
   */
  public record Heads(
      List<Integer> actors, List<Integer> recipients, boolean passive, String rule) {}

  public Heads find(DependencyGraph g, Trigger t) {
    return t.nominal() || isNominalGerund(g, t.token()) ? nominal(g, t) : verbal(g, t);
  }

  /** "the imminent sending of workers": a gerund used as a noun takes noun arguments. */
  private static boolean isNominalGerund(DependencyGraph g, int v) {
    if (!g.token(v).pos().equals("VBG")) {
      return false;
    }
    String rel = g.baseRelation(v);
    boolean nounSlot = Set.of("nmod", "obl", "nsubj", "obj").contains(rel);
    boolean nounLike =
        !g.childrenByRelation(v, "det").isEmpty()
            || !g.enhancedChildren(v, r -> r.equals("nmod:of")).isEmpty();
    return nounSlot && nounLike && g.enhancedChildren(v, r -> r.equals("obj")).isEmpty();
  }

  /**
   * The verb whose purpose the infinitive {@code v} states (coding/purpose-verbs.txt: "summoned X
   * to demand"), or -1.
   */
  private int purposeOf(DependencyGraph g, int v) {
    int up = g.head(v);
    boolean infinitive = g.relation(v).equals("xcomp") || g.baseRelation(v).equals("advcl");
    return infinitive
            && up >= 0
            && purposeVerbs.contains(PredicateFinder.lemma(g.token(up)))
            && !g.enhancedChildren(up, r -> r.equals("nsubj")).isEmpty()
        ? up
        : -1;
  }

  /** Reactions aimed at whoever made the thing they react to. */
  private static final Set<PloverType> REACTION_AUTHORS =
      Set.of(PloverType.ACCUSE, PloverType.REJECT, PloverType.PROTEST);

  private Heads verbal(DependencyGraph g, Trigger t) {
    int v = t.token();
    boolean passive =
        !g.enhancedChildren(v, r -> r.equals("nsubj:pass") || r.equals("aux:pass")).isEmpty()
            || (g.token(v).pos().equals("VBN")
                && g.relation(v).startsWith("acl")
                && g.enhancedChildren(v, r -> r.equals("nsubj")).isEmpty())
            || ArgumentShapes.reducedPassive(g, v);
    String rule;
    List<Integer> actors;
    String source = t.entry().sourceSlot();
    if (source != null && !passive) {
      return swapped(g, t, source);
    }
    if (passive) {
      actors = g.enhancedChildren(v, r -> r.equals("obl:agent") || r.equals("obl:by"));
      rule = "passive-agent";
      for (int c : actors.isEmpty() ? ArgumentShapes.conjoined(g, v) : List.<Integer>of()) {
        actors =
            g.enhancedChildren(c, r -> r.equals("obl:agent")); // "were boarded and seized by X"
        if (!actors.isEmpty()) {
          rule = "conjoined-passive-agent";
          break;
        }
      }
      if (actors.isEmpty() && t.entry().type() == PloverType.MOBILIZE) {
        actors = g.enhancedChildren(v, r -> r.equals("nsubj:pass")); // "troops were deployed"
        rule = "deployed-forces";
      }
    } else {
      actors = g.enhancedChildren(v, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"));
      rule = "subject";
      if (actors.isEmpty() && g.relation(v).startsWith("acl") && !infinitive(g, v)) {
        actors = List.of(g.head(v));
        rule = "participle-head";
      }
      if (actors.isEmpty()) {
        actors = inherited(g, v);
        rule = "inherited-subject";
      }
    }
    List<Integer> recipients = recipients(g, t, passive);
    int purposeOf = purposeOf(g, v);
    if (!passive && purposeOf >= 0) { // "summoned the ambassador to demand his release"
      List<Integer> summoned = g.enhancedChildren(purposeOf, r -> r.equals("obj"));
      actors = g.enhancedChildren(purposeOf, r -> r.equals("nsubj"));
      rule = "purpose-of-summoner";
      List<Integer> both = new ArrayList<>(summoned); // unresolved ones drop out later
      both.addAll(recipients);
      recipients = both;
    }
    int summing = t.entry().recipientSlots().contains("-") ? -1 : summaries.noun(g, v);
    if (summing >= 0) { // "..., a move Seoul condemned": aimed at who made the move
      actors = actors.stream().filter(a -> a != summing).toList();
      recipients = summaries.summedSubjects(g, summing);
    }
    return new Heads(dedupe(actors), dedupe(recipients), passive, rule);
  }

  /**
   * "Kyiv received air-defence systems from Berlin": the from-phrase gives, the subject (or the
   * subject it inherits) receives. With no giver named the actor stays unknown.
   */
  private Heads swapped(DependencyGraph g, Trigger t, String source) {
    int v = t.token();
    List<Integer> givers = new ArrayList<>(ArgumentShapes.prepositional(g, v, source));
    for (int o : PredicateFinder.objectsOf(g, v)) {
      if (givers.isEmpty()) {
        givers.addAll(ArgumentShapes.prepositional(g, o, source));
      }
    }
    List<Integer> receivers =
        g.enhancedChildren(v, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"));
    if (receivers.isEmpty()) {
      receivers = inherited(g, v);
    }
    return new Heads(dedupe(givers), dedupe(receivers), false, "swapped-source");
  }

  /**
   * "the decision to attack": an infinitive's head noun is not its actor, unlike a participle's.
   */
  static boolean infinitive(DependencyGraph g, int v) {
    return g.childrenByRelation(v, "mark").stream()
        .anyMatch(m -> g.token(m).word().equalsIgnoreCase("to"));
  }

  /** Walks up control relations to the nearest clause with a subject (or an accused object). */
  List<Integer> inherited(DependencyGraph g, int v) {
    int cur = v;
    while (g.head(cur) >= 0 && CONTROL.contains(g.baseRelation(cur))) {
      int up = g.head(cur);
      if (cur == v
          && g.baseRelation(cur).equals("obj")
          && reactionVerbs.contains(PredicateFinder.lemma(g.token(up)))) {
        return List.of(); // "condemned the shelling": not the condemner's shelling
      }
      if (g.token(up).isVerb()) {
        var kind = cues.cue(PredicateFinder.lemma(g.token(up)), 'V');
        if (kind.isPresent()
            && kind.get() == ClaimCues.Kind.ALLEGE
            && ArgumentShapes.participleOnNoun(g, up)) {
          return List.of(g.head(up)); // "a commander accused of overseeing killings": his
        }
        if (kind.isPresent() && kind.get() == ClaimCues.Kind.ALLEGE) {
          List<Integer> accused = g.enhancedChildren(up, r -> r.equals("obj"));
          if (!accused.isEmpty()) {
            return accused;
          }
        }
        List<Integer> subj = g.enhancedChildren(up, r -> r.equals("nsubj"));
        if (!subj.isEmpty()) {
          return subj;
        }
      }
      cur = up;
    }
    return List.of();
  }

  private Heads nominal(DependencyGraph g, Trigger t) {
    int n = t.token();
    List<String> slots = t.entry().recipientSlots();
    List<Integer> actors = g.enhancedChildren(n, OWNER::contains);
    // the modifier the row was chosen by ("hunger" strike, "air" strike) names no owner
    actors.removeIf(a -> t.entry().objects().contains(PredicateFinder.lemma(g.token(a))));
    String rule = "nominal-owner";
    if (actors.isEmpty() && !slots.contains("from")) {
      actors = g.enhancedChildren(n, r -> r.equals("nmod:from")); // "mediation from Qatar"
      rule = "nominal-source";
    }
    // the sides of a between-phrase act: first for an attack ("an exchange of fire between X and
    // Y"), for other events only when no owner or governing verb's subject claims them
    List<Integer> sides =
        slots.contains("between") ? ArgumentShapes.ofObject(g, n, "between") : List.of();
    if (actors.isEmpty() && slots.contains("between") && t.entry().type() == PloverType.ASSAULT) {
      actors = sides;
      rule = "nominal-between";
    }
    if (actors.isEmpty() && !slots.contains("of")) {
      actors = g.enhancedChildren(n, r -> r.equals("nmod:of"));
      rule = "nominal-theme";
    }
    if (actors.isEmpty()) {
      actors = blamedFor(g, n); // "blamed North Korean hackers for an attack": the hackers'
      rule = "nominal-blamed";
    }
    int governor = governorVerb(g, n, false);
    boolean reaction =
        governor >= 0 && reactionVerbs.contains(PredicateFinder.lemma(g.token(governor)));
    if (actors.isEmpty() && governor >= 0 && !reaction) { // not "condemned the shelling"
      actors = governorSubjects(g, n, false);
      rule = "nominal-governor-subject";
    }
    if (actors.isEmpty() && slots.contains("between")) {
      actors = sides; // "talks between X and Y" that nobody else holds
      rule = "nominal-between";
    }
    List<Integer> recipients = new ArrayList<>();
    for (String slot : slots) {
      recipients.addAll(ArgumentShapes.ofObject(g, n, slot));
      int h = g.head(n);
      if (recipients.isEmpty() && h >= 0 && g.relation(n).equals("obj")) {
        recipients.addAll(
            ArgumentShapes.prepositional(g, h, slot)); // "take countermeasures against X"
      }
      if (!recipients.isEmpty()) {
        break;
      }
    }
    if (recipients.isEmpty() && t.entry().type() == PloverType.PROTEST) {
      recipients.addAll(venues.missions(g, n)); // "a rally outside the US embassy"
    }
    if (recipients.isEmpty() && !slots.contains("-")) {
      int h = g.head(n);
      if (h >= 0 && g.token(h).isVerb() && g.relation(n).startsWith("obl")) {
        recipients.addAll(
            g.enhancedChildren(h, r -> r.equals("obj"))); // "engaged X in a firefight"
      }
    }
    recipients.removeAll(actors);
    return new Heads(dedupe(actors), dedupe(recipients), false, rule);
  }

  /**
   * The verb a nominal event is the object or oblique of ("held a summit", "agreed to widen
   * sanctions"), through a container noun ("adopted a package of sanctions"), or -1.
   */
  private static int governorVerb(DependencyGraph g, int n, boolean objectOnly) {
    int h = g.head(n);
    String rel = g.relation(n);
    if (h >= 0
        && PredicateFinder.isQuantity(g.token(h))
        && g.enhancedChildren(h, r -> r.equals("nmod:of")).contains(n)) {
      rel = g.relation(h); // "adopted a package of sanctions": the package's verb
      h = g.head(h);
    }
    boolean oblique = !objectOnly && rel.startsWith("obl") && !OTHER_HAPPENING.contains(rel);
    boolean slot = rel.equals("obj") || oblique;
    return h >= 0 && slot && g.token(h).isVerb() ? h : -1;
  }

  /** The subject of a nominal event's governing verb, or the subject that verb inherits. */
  List<Integer> governorSubjects(DependencyGraph g, int n, boolean objectOnly) {
    int h = governorVerb(g, n, objectOnly);
    if (h < 0) {
      return List.of();
    }
    List<Integer> subj = g.enhancedChildren(h, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"));
    return subj.isEmpty() ? inherited(g, h) : subj; // "agreed to widen sanctions on X"
  }

  private List<Integer> recipients(DependencyGraph g, Trigger t, boolean passive) {
    int v = t.token();
    for (String slot : t.entry().recipientSlots()) {
      List<Integer> found = new ArrayList<>();
      switch (slot) {
        case "-" -> {}
        case "obj" -> {
          found.addAll(g.enhancedChildren(v, r -> r.equals(passive ? "nsubj:pass" : "obj")));
          if (passive && found.isEmpty() && ArgumentShapes.reducedPassive(g, v)) {
            found.addAll(g.enhancedChildren(v, r -> r.equals("nsubj"))); // "talks mediated by X"
          }
          for (int c :
              passive && found.isEmpty() ? ArgumentShapes.conjoined(g, v) : List.<Integer>of()) {
            found.addAll(g.enhancedChildren(c, r -> r.equals("nsubj:pass")));
          }
          if (REACTION_AUTHORS.contains(t.entry().type())) {
            found = ArgumentShapes.authors(g, found); // "rejected the resolution drafted by the EU"
          }
        }
        case "iobj" -> found.addAll(g.enhancedChildren(v, r -> r.equals("iobj")));
        default -> {
          found.addAll(ArgumentShapes.prepositional(g, v, slot));
          for (int o : PredicateFinder.objectsOf(g, v)) {
            if (found.isEmpty()) {
              found.addAll(ArgumentShapes.ofObject(g, o, slot));
            }
          }
          if (found.isEmpty() && (slot.equals("against") || slot.equals("with"))) {
            // "a complaint at the WTO against X", "asked for consultations with X"
            for (int obl : g.enhancedChildren(v, r -> r.startsWith("obl:"))) {
              found.addAll(ArgumentShapes.prepositional(g, obl, slot));
            }
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (t.entry().type() == PloverType.PROTEST && !venues.missions(g, v).isEmpty()) {
      return venues.missions(g, v); // "rallied in front of the Japanese Embassy"
    }
    if (PARTNERSHIP.contains(t.entry().type())) {
      for (int o : PredicateFinder.objectsOf(g, v)) {
        List<Integer> partners =
            ArgumentShapes.prepositional(g, o, "with"); // "ratified an agreement with X"
        if (!partners.isEmpty()) {
          return partners;
        }
      }
    }
    return borrowed.find(g, t);
  }

  /**
   * A launch or firing aimed at someone ("launched missiles at the government") is an attack: the
   * targets of such a predicate, or empty.
   */
  public List<Integer> targets(DependencyGraph g, Trigger t) {
    List<Integer> out = new ArrayList<>();
    // weapons are fired at or on a target; forces are only sent against one ("stationed at bases")
    boolean weapons = "weapons".equals(t.entry().mode());
    for (String prep : weapons ? List.of("at", "against", "on") : List.of("against")) {
      out.addAll(ArgumentShapes.prepositional(g, t.token(), prep));
    }
    return out;
  }

  /** "blamed X for an attack", "accused X of an attack": X, the object of the accusing verb. */
  private List<Integer> blamedFor(DependencyGraph g, int n) {
    int verb = g.head(n);
    boolean why =
        verb >= 0
            && g.enhancedChildren(verb, r -> r.equals("obl:for") || r.equals("obl:of")).contains(n);
    if (verb < 0
        || !why
        || cues.cue(PredicateFinder.lemma(g.token(verb)), 'V').orElse(null)
            != ClaimCues.Kind.ALLEGE) {
      return List.of();
    }
    return g.enhancedChildren(verb, r -> r.equals("obj"));
  }

  private static List<Integer> dedupe(List<Integer> xs) {
    return new ArrayList<>(new LinkedHashSet<>(xs));
  }
}
