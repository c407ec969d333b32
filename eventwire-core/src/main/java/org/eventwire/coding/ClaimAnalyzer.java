package org.eventwire.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.Modality;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;

/**
 * Decides how certain an event is and who claims it, from the cues around its predicate: its own
 * modals, adverbs and adjectives, then the nearest cue verb above it, then a trailing "..., X said"
 * attribution.
 */
public final class ClaimAnalyzer {
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
  private final ClaimCues cues;

  /** coding/rejected-claims.tsv, read once: the lemmas of each kind ("verb", "noun"). */
  private final java.util.Map<String, java.util.Set<String>> rejectedClaims =
      PredicateFinder.loadWordList("eventwire/coding/rejected-claims.tsv").stream()
          .map(l -> l.split("\t"))
          .collect(
              java.util.stream.Collectors.groupingBy(
                  f -> f[0],
                  java.util.stream.Collectors.mapping(
                      f -> f[1].trim(), java.util.stream.Collectors.toUnmodifiableSet())));

  public ClaimAnalyzer(ClaimCues cues) {
    this.cues = cues;
  }

  /**
   * The claim status of one predicate.
   *
   * @param modality the modality
   * @param claimants head tokens of the claimants' phrases
   * @param negated whether the predicate is negated
   * @param cue the cue word that decided, or null
   * @param cueToken index of the cue word, or -1
   * @param kind the kind of the deciding cue, or null
   */
  public record Claim(
      Modality modality,
      List<Integer> claimants,
      boolean negated,
      String cue,
      int cueToken,
      ClaimCues.Kind kind) {

    Claim withClaimants(List<Integer> others) {
      return new Claim(modality, others, negated, cue, cueToken, kind);
    }
  }

  /** The cue table this analyzer reads. */
  public ClaimCues cues() {
    return cues;
  }

  public Claim analyze(DependencyGraph g, Trigger t) {
    int p = t.token();
    boolean negated = negated(g, p);
    Optional<Claim> own = ownCue(g, p, negated);
    if (own.isEmpty() && t.nominal() && g.baseRelation(p).equals("obj") && g.head(p) >= 0) {
      own = ownCue(g, g.head(p), negated); // "would take countermeasures": the verb's modal
    }
    Claim above = governingCue(g, p, negated);
    if (above != null && (own.isEmpty() || above.modality() != Modality.ATTRIBUTED)) {
      return above;
    }
    Claim trailing = trailingAttribution(g, p, negated);
    if (trailing == null) {
      trailing = accordingTo(g, p, negated);
    }
    if (own.isPresent()) {
      // "Israel said it will withdraw": planned, and Israel is who claims it
      Claim speaker = above != null ? above : trailing;
      return speaker == null ? own.get() : own.get().withClaimants(speaker.claimants());
    }
    return trailing != null
        ? trailing
        : new Claim(Modality.ASSERTED, List.of(), negated, null, -1, null);
  }

  /**
   * True when a reporting or belief verb only introduces what it reports ("warned that it had
   * information"): it is then a cue, not an event. A clause with a future modal ("warned that it
   * would strike") keeps the verb as an event (a threat).
   */
  public boolean onlyIntroducesContent(DependencyGraph g, int verb) {
    var kind = cues.cue(PredicateFinder.lemma(g.token(verb)), 'V');
    if (kind.isEmpty()
        || (kind.get() != ClaimCues.Kind.REPORT && kind.get() != ClaimCues.Kind.BELIEF)) {
      return false;
    }
    List<Integer> content = g.childrenByRelation(verb, "ccomp");
    if (content.isEmpty()) {
      return false;
    }
    for (int c : content) {
      for (int aux : g.childrenByRelation(c, "aux")) {
        var k = cues.cue(PredicateFinder.lemma(g.token(aux)), 'M');
        if (k.isPresent() && k.get().future()) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean negated(DependencyGraph g, int p) {
    for (int c : g.childrenByRelation(p, "advmod")) {
      if (NEGATORS.contains(PredicateFinder.lemma(g.token(c)))) {
        return true;
      }
    }
    for (int c : g.childrenByRelation(p, "det")) {
      if (PredicateFinder.lemma(g.token(c)).equals("no")) {
        return true;
      }
    }
    return false;
  }

  /** Modals, adverbs and adjectives on the predicate itself ("will visit", "imminent sending"). */
  private Optional<Claim> ownCue(DependencyGraph g, int p, boolean negated) {
    for (var d : g.children(p)) {
      String rel = d.baseRelation();
      if (!Set.of("aux", "advmod", "amod").contains(rel)) {
        continue;
      }
      Token c = g.token(d.dependent());
      var kind = cues.cue(PredicateFinder.lemma(c), ClaimCues.posClass(c.pos()));
      if (kind.isPresent()) {
        Modality m = modalityOf(kind.get());
        if (m != null) {
          return Optional.of(new Claim(m, List.of(), negated, c.word(), c.index(), kind.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The nearest cue verb above the predicate in the tree decides; its subject claims. */
  private Claim governingCue(DependencyGraph g, int p, boolean negated) {
    int cur = p;
    for (int a : g.ancestors(p)) {
      String via = g.relation(cur);
      int below = cur;
      cur = a;
      boolean content = via.startsWith("advcl") && ofOrFor(g, below); // "accused X of shelling"
      if ((via.startsWith("advcl") && !content)
          || via.equals("acl:relcl")
          || via.equals("parataxis")) {
        return null; // a cue does not reach into an adverbial or relative clause below it
      }
      Token at = g.token(a);
      if (rejectsClaim(g, a, below, via)) { // "rejected the accusation that its troops shelled"
        List<Integer> subj = g.enhancedChildren(a, r -> r.equals("nsubj"));
        return new Claim(Modality.DENIED, subj, negated, at.word(), a, ClaimCues.Kind.DENY);
      }
      var kind = governingKind(at);
      if (kind.isEmpty() || via.startsWith("conj")) {
        continue; // "dismissed the sanctions and accused Washington": a sibling, not its content
      }
      Modality m = modalityOf(kind.get());
      if (m == null || (kind.get().future() && !reachesPlan(g, below, via))) {
        continue;
      }
      List<Integer> subj = g.enhancedChildren(a, r -> r.equals("nsubj"));
      boolean cueNegated = negated(g, a);
      if (cueNegated && !kind.get().future()) {
        return new Claim(Modality.DENIED, subj, negated, at.word(), a, ClaimCues.Kind.DENY);
      }
      if (kind.get().future()) {
        Claim denial = governingCue(g, a, negated);
        if (denial != null && denial.kind() == ClaimCues.Kind.DENY) {
          return denial; // "denied that Serbia was planning to invade": the plan is denied
        }
      }
      return new Claim(m, subj, negated, at.word(), a, kind.get());
    }
    return null;
  }

  /** A verb that rejects a claim noun which holds the predicate (coding/rejected-claims.tsv). */
  private boolean rejectsClaim(DependencyGraph g, int verb, int below, String via) {
    return via.equals("obj")
        && g.token(verb).isVerb()
        && rejectedClaims.get("verb").contains(PredicateFinder.lemma(g.token(verb)))
        && rejectedClaims.get("noun").contains(PredicateFinder.lemma(g.token(below)));
  }

  /** A gerund clause introduced by "of" or "for": what an accusation or blame is about. */
  private static boolean ofOrFor(DependencyGraph g, int clause) {
    return g.children(clause).stream()
        .filter(d -> d.relation().equals("mark") || d.relation().equals("case"))
        .map(d -> g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(w -> w.equals("of") || w.equals("for"));
  }

  /**
   * The cue of a word above a predicate: a verb's, or an adjective's ("is willing to send troops",
   * "is ready to host"); a past participle is first read as the adjective it spells ("is prepared
   * to lift the ban" is a willingness, where "is preparing a launch" is a timetable).
   */
  private Optional<ClaimCues.Kind> governingKind(Token at) {
    if (at.pos().equals("VBN")) {
      var adjective = cues.cue(at.word().toLowerCase(java.util.Locale.ROOT), 'J');
      if (adjective.isPresent()) {
        return adjective;
      }
    }
    if (at.isVerb()) {
      return cues.cue(PredicateFinder.lemma(at), 'V');
    }
    return at.pos().startsWith("JJ") ? cues.cue(PredicateFinder.lemma(at), 'J') : Optional.empty();
  }

  /**
   * A plan verb makes planned what it wants ("sought to meet", "seeks talks"), not what its
   * modifiers or its subject say: "two men sought in the killing" plan no killing. What it prepares
   * or aims for is planned too ("prepared for talks").
   */
  private static boolean reachesPlan(DependencyGraph g, int below, String via) {
    return switch (via) {
      case "xcomp", "ccomp", "obj" -> true;
      case "obl" ->
          g.childrenByRelation(below, "case").stream()
              .anyMatch(c -> g.token(c).word().equalsIgnoreCase("for"));
      default -> false;
    };
  }

  /** "A and B met in X, state media reported." with a parse that does not put met under it. */
  private Claim trailingAttribution(DependencyGraph g, int p, boolean negated) {
    for (int i = p + 1; i < g.size(); i++) {
      Token t = g.token(i);
      if (!t.isVerb()
          || cues.cue(PredicateFinder.lemma(t), 'V').orElse(null) != ClaimCues.Kind.REPORT) {
        continue;
      }
      List<Integer> subj = g.enhancedChildren(i, r -> r.equals("nsubj"));
      if (subj.isEmpty()) {
        continue;
      }
      int start = g.subtree(subj.get(0), r -> false).get(0);
      if (start > 0 && g.token(start - 1).word().equals(",")) {
        return new Claim(Modality.ATTRIBUTED, subj, negated, t.word(), i, ClaimCues.Kind.REPORT);
      }
    }
    return null;
  }

  /**
   * "According to the group, a patrol vessel fired ...", "..., according to state media": the
   * source phrase on the predicate or on a clause above it reports it.
   */
  private static Claim accordingTo(DependencyGraph g, int p, boolean negated) {
    List<Integer> clauses = new java.util.ArrayList<>(List.of(p));
    clauses.addAll(g.ancestors(p));
    for (int c : clauses) {
      List<Integer> source =
          g.enhancedChildren(c, r -> r.equals("obl:according_to") || r.equals("nmod:according_to"));
      if (!source.isEmpty()) {
        return new Claim(
            Modality.ATTRIBUTED,
            source,
            negated,
            "according to",
            source.get(0),
            ClaimCues.Kind.REPORT);
      }
    }
    return null;
  }

  private static Modality modalityOf(ClaimCues.Kind kind) {
    return switch (kind) {
      case REPORT -> Modality.ATTRIBUTED;
      case BELIEF, HEDGE -> Modality.BELIEVED;
      case ALLEGE -> Modality.ALLEGED;
      case DENY -> Modality.DENIED;
      case PLAN, SCHEDULE -> Modality.PLANNED;
    };
  }
}
