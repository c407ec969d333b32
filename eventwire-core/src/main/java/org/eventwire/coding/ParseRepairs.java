package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.Token;

/**
 * Named passes that undo attachment errors the neural parser makes often in news prose. Each pass
 * looks at the sentence as given and returns a new sentence with a few edges moved, in both the
 * basic tree and the enhanced graph; the input is never changed.
 *
 * <ol>
 *   <li>{@code participle-object}: "Israel released the mayor, a member of Hamas jailed a year ago"
 *       parsed as <i>released</i> → ccomp (or xcomp) → <i>jailed</i> with <i>mayor</i> as its
 *       subject. A past participle with no auxiliary cannot head a finite clause, so the "subject"
 *       is the object of the verb above and the participle modifies it (acl). The same for a
 *       participle parsed as a clausal subject: "the civilians imprisoned for ... were released"
 *       (<i>civilians</i> becomes the subject of <i>released</i>).
 *   <li>{@code reporting-clause}: "... came as Israel announced it would free prisoners" parsed
 *       with <i>announced</i> as an adverbial clause under <i>free</i>. A reporting verb with no
 *       complement of its own, before a clause whose subject is a pronoun, governs that clause.
 *   <li>{@code reported-passive}: "Israel said a mortar bomb was fired at it" parsed with
 *       <i>said</i> as the clausal subject of <i>fired</i> and <i>bomb</i> as the object of
 *       <i>said</i>. A reporting verb cannot be the subject of a passive that follows it: it
 *       governs the passive clause (ccomp), and its "object" is the passive's subject. The same for
 *       a clause with a modal ("Beijing said Manila would face consequences", <i>said</i> as the
 *       clausal subject of <i>face</i>).
 *   <li>{@code reported-modal}: "Chile said Peru should withdraw its troops" parsed with
 *       <i>Peru</i> as the object of <i>said</i> and <i>withdraw</i> as an unlabelled dependent. A
 *       verb with a modal and no subject, right after a reporting verb's object, is that verb's
 *       complement clause, and the object is its subject.
 *   <li>{@code contact-relative}: "lifted the sanctions it had imposed on Iran" parsed with
 *       <i>imposed</i> as parataxis (or an unlabelled dependent) of <i>lifted</i>. A clause with no
 *       object and no modal whose pronoun subject stands right after the verb's object is a
 *       relative clause on that object, its relative word left out (acl:relcl).
 *   <li>{@code participle-dep}: "was hit by water cannon fired by a Chinese vessel" parsed with
 *       <i>fired</i> as an unlabelled dependent of <i>hit</i>. A bare past participle (no
 *       auxiliary, no subject) hung as {@code dep} right after a noun of the same verb modifies
 *       that noun (acl).
 *   <li>{@code speaker-conjunct}: "the ministry said the measures were illegal and vowed to
 *       respond" parsed with <i>vowed</i> conjoined to <i>illegal</i>, so that the measures vow. A
 *       claim-cue verb, or a verb of stance only a party performs (coding/speaker-verbs.txt:
 *       reject, condemn, urge ...), without a subject of its own, conjoined to a clause about a
 *       thing (a common noun with no name tag) that is reported by another cue verb, or is a
 *       relative clause under one ("accused X of strikes in the province that killed 46 and vowed
 *       to retaliate"), is the speaker's second act: it is conjoined to the reporting verb and
 *       takes its subject.
 * </ol>
 */
public final class ParseRepairs {
  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj");

  private final ClaimCues cues;
  private final Set<String> speakerVerbs =
      PredicateFinder.loadWordList("eventwire/coding/speaker-verbs.txt");

  public ParseRepairs(ClaimCues cues) {
    this.cues = cues;
  }

  /** The sentence with every applicable repair made, or the same sentence when none applies. */
  public ParsedSentence repair(ParsedSentence s) {
    ParsedSentence out = s;
    for (int i = 0; i < out.tokens().size(); i++) {
      Optional<ParsedSentence> repaired = participleObject(out, i);
      if (repaired.isEmpty()) {
        repaired = reportingClause(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = reportedPassive(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = reportedModal(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = contactRelative(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = speakerConjunct(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = participleDep(out, i);
      }
      out = repaired.orElse(out);
    }
    return out;
  }

  /** Pass {@code participle-object} for participle {@code p}. */
  Optional<ParsedSentence> participleObject(ParsedSentence s, int p) {
    Token t = s.tokens().get(p);
    Dependency up = basicHead(s, p);
    if (!t.pos().equals("VBN") || up == null || has(s, p, AUXILIARIES::contains)) {
      return Optional.empty();
    }
    int verb = up.governor();
    String role = roleAbove(s, verb, up.relation());
    List<Integer> subjects = children(s, p, r -> r.equals("nsubj"));
    if (role == null || subjects.size() != 1 || subjects.get(0) > p) {
      return Optional.empty();
    }
    int noun = subjects.get(0);
    Edits e = new Edits(s);
    e.move(noun, p, verb, role);
    e.move(p, verb, noun, "acl");
    return Optional.of(e.result());
  }

  /**
   * The role the participle's "subject" really has under {@code verb}: its object when the
   * participle hangs as a complement of a verb without one, its subject when it hangs as the
   * clausal subject of a verb without one ("the civilians imprisoned ... were released"); null
   * otherwise.
   */
  private static String roleAbove(ParsedSentence s, int verb, String relation) {
    if (relation.equals("ccomp") || relation.equals("xcomp")) {
      return has(s, verb, r -> r.equals("obj")) ? null : "obj";
    }
    if (relation.startsWith("csubj")) {
      if (has(s, verb, r -> r.startsWith("nsubj"))) {
        return null;
      }
      return has(s, verb, r -> r.equals("aux:pass")) ? "nsubj:pass" : "nsubj";
    }
    return null;
  }

  /** Pass {@code reporting-clause} for reporting verb {@code r}. */
  Optional<ParsedSentence> reportingClause(ParsedSentence s, int r) {
    Token t = s.tokens().get(r);
    Dependency up = basicHead(s, r);
    if (!t.pos().startsWith("VB")
        || up == null
        || !up.relation().startsWith("advcl")
        || up.governor() < r
        || cues.cue(t.lemma().toLowerCase(java.util.Locale.ROOT), 'V').isEmpty()
        || has(s, r, COMPLEMENTS::contains)) {
      return Optional.empty();
    }
    int clause = up.governor();
    List<Integer> subj = children(s, clause, x -> x.startsWith("nsubj"));
    if (subj.size() != 1 || !s.tokens().get(subj.get(0)).isPronoun() || subj.get(0) < r) {
      return Optional.empty();
    }
    Edits e = new Edits(s);
    e.governClause(r, clause);
    return Optional.of(e.result());
  }

  /** Pass {@code reported-passive} for reporting verb {@code r}. */
  Optional<ParsedSentence> reportedPassive(ParsedSentence s, int r) {
    Token t = s.tokens().get(r);
    Dependency up = basicHead(s, r);
    if (!t.pos().startsWith("VB")
        || up == null
        || !up.relation().startsWith("csubj")
        || up.governor() < r
        || cues.cue(t.lemma().toLowerCase(java.util.Locale.ROOT), 'V').isEmpty()) {
      return Optional.empty();
    }
    int passive = up.governor();
    List<Integer> objects = children(s, r, x -> x.equals("obj"));
    boolean pass = has(s, passive, x -> x.equals("aux:pass"));
    boolean modal = // "Beijing said Manila would face consequences", parsed the same way
        children(s, passive, x -> x.equals("aux")).stream()
            .anyMatch(a -> s.tokens().get(a).pos().equals("MD"));
    if (!(pass || modal)
        || has(s, passive, x -> x.startsWith("nsubj"))
        || objects.size() != 1
        || objects.get(0) > passive) {
      return Optional.empty();
    }
    Edits e = new Edits(s);
    e.governClause(r, passive);
    e.move(objects.get(0), r, passive, pass ? "nsubj:pass" : "nsubj");
    return Optional.of(e.result());
  }

  /** Pass {@code reported-modal} for verb {@code v}. */
  Optional<ParsedSentence> reportedModal(ParsedSentence s, int v) {
    Dependency up = basicHead(s, v);
    if (!s.tokens().get(v).pos().startsWith("VB")
        || up == null
        || !(up.relation().equals("dep") || up.relation().equals("xcomp"))
        || has(s, v, x -> x.startsWith("nsubj"))) {
      return Optional.empty();
    }
    int r = up.governor();
    Token reporter = s.tokens().get(r);
    List<Integer> modals =
        children(s, v, x -> x.equals("aux")).stream()
            .filter(a -> s.tokens().get(a).pos().equals("MD"))
            .toList();
    List<Integer> objects = children(s, r, x -> x.equals("obj"));
    if (!reporter.pos().startsWith("VB")
        || cues.cue(reporter.lemma().toLowerCase(java.util.Locale.ROOT), 'V')
            .filter(k -> k == ClaimCues.Kind.REPORT)
            .isEmpty()
        || modals.size() != 1
        || objects.size() != 1
        || objects.get(0) > modals.get(0)) {
      return Optional.empty();
    }
    Edits e = new Edits(s);
    e.move(v, r, r, "ccomp");
    e.move(objects.get(0), r, v, "nsubj");
    return Optional.of(e.result());
  }

  /** Pass {@code contact-relative} for verb {@code v}. */
  Optional<ParsedSentence> contactRelative(ParsedSentence s, int v) {
    Dependency up = basicHead(s, v);
    if (!s.tokens().get(v).pos().startsWith("VB")
        || up == null
        || !(up.relation().equals("parataxis") || up.relation().equals("dep"))
        || has(s, v, r -> r.equals("obj") || r.startsWith("ccomp") || r.startsWith("xcomp"))
        || children(s, v, r -> r.equals("aux")).stream()
            .anyMatch(a -> s.tokens().get(a).pos().equals("MD"))) {
      return Optional.empty();
    }
    List<Integer> subj = children(s, v, r -> r.equals("nsubj"));
    List<Integer> objects = children(s, up.governor(), r -> r.equals("obj"));
    if (subj.size() != 1
        || objects.size() != 1
        || !s.tokens().get(subj.get(0)).isPronoun()
        || subj.get(0) != objects.get(0) + 1) {
      return Optional.empty();
    }
    Edits e = new Edits(s);
    e.move(v, up.governor(), objects.get(0), "acl:relcl");
    return Optional.of(e.result());
  }

  /** Pass {@code participle-dep} for participle {@code p}. */
  Optional<ParsedSentence> participleDep(ParsedSentence s, int p) {
    Dependency up = basicHead(s, p);
    Dependency before = p > 0 ? basicHead(s, p - 1) : null;
    if (!s.tokens().get(p).pos().equals("VBN")
        || up == null
        || !up.relation().equals("dep")
        || before == null
        || before.governor() != up.governor()
        || !s.tokens().get(p - 1).pos().startsWith("NN")
        || has(s, p, r -> AUXILIARIES.contains(r) || r.startsWith("nsubj"))) {
      return Optional.empty();
    }
    Edits e = new Edits(s);
    e.move(p, up.governor(), p - 1, "acl");
    return Optional.of(e.result());
  }

  /** Pass {@code speaker-conjunct} for verb {@code c}. */
  Optional<ParsedSentence> speakerConjunct(ParsedSentence s, int c) {
    Dependency up = basicHead(s, c);
    String lemma = s.tokens().get(c).lemma().toLowerCase(java.util.Locale.ROOT);
    if (!(isCueVerb(s, c) || (s.tokens().get(c).isVerb() && speakerVerbs.contains(lemma)))
        || up == null
        || !up.relation().startsWith("conj")
        || has(s, c, r -> r.startsWith("nsubj"))) {
      return Optional.empty();
    }
    int clause = up.governor();
    Dependency above = basicHead(s, clause);
    if (above == null) {
      return Optional.empty();
    }
    // what the clause is about: its subject (a clause as subject is a thing too), or the noun a
    // relative clause is on
    int thing = -1;
    if (above.relation().equals("ccomp")) {
      List<Integer> subj = children(s, clause, r -> r.startsWith("nsubj") || r.startsWith("csubj"));
      boolean clausal =
          subj.size() == 1 && basicHead(s, subj.get(0)).relation().startsWith("csubj");
      thing =
          subj.size() == 1 && (clausal || isThing(s.tokens().get(subj.get(0)))) ? subj.get(0) : -1;
    } else if (above.relation().startsWith("acl") && isThing(s.tokens().get(above.governor()))) {
      thing = above.governor();
    }
    int report = reporter(s, above.governor());
    if (thing < 0 || report < 0) {
      return Optional.empty();
    }
    Edits e = new Edits(s);
    e.move(c, clause, report, up.relation());
    e.resubject(c, thing, children(s, report, r -> r.equals("nsubj")).get(0));
    return Optional.of(e.result());
  }

  /** The nearest cue verb at or above {@code from} with one subject, within a few steps. */
  private int reporter(ParsedSentence s, int from) {
    int cur = from;
    for (int step = 0; step < 4 && cur >= 0; step++) {
      if (isCueVerb(s, cur) && children(s, cur, r -> r.equals("nsubj")).size() == 1) {
        return cur;
      }
      Dependency d = basicHead(s, cur);
      cur = d == null ? -1 : d.governor();
    }
    return -1;
  }

  private boolean isCueVerb(ParsedSentence s, int v) {
    Token t = s.tokens().get(v);
    return t.pos().startsWith("VB")
        && cues.cue(t.lemma().toLowerCase(java.util.Locale.ROOT), 'V').isPresent();
  }

  /** A common noun with no name tag: "the measures", not a name the tagger marked. */
  private static boolean isThing(Token t) {
    return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && "O".equals(t.ner());
  }

  private static Dependency basicHead(ParsedSentence s, int dep) {
    for (Dependency d : s.basic()) {
      if (d.dependent() == dep) {
        return d.governor() < 0 ? null : d;
      }
    }
    return null;
  }

  private static boolean has(
      ParsedSentence s, int gov, java.util.function.Predicate<String> relation) {
    return !children(s, gov, relation).isEmpty();
  }

  private static List<Integer> children(
      ParsedSentence s, int gov, java.util.function.Predicate<String> relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.basic()) {
      if (d.governor() == gov && relation.test(d.relation())) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Edge moves applied to copies of both edge lists. */
  private static final class Edits {
    private final ParsedSentence s;
    private final List<Dependency> basic;
    private final List<Dependency> enhanced;

    Edits(ParsedSentence s) {
      this.s = s;
      this.basic = new ArrayList<>(s.basic());
      this.enhanced = new ArrayList<>(s.enhanced());
    }

    /** Re-attaches {@code dep} from {@code oldGov} to {@code newGov} with {@code relation}. */
    void move(int dep, int oldGov, int newGov, String relation) {
      basic.removeIf(d -> d.dependent() == dep);
      basic.add(new Dependency(newGov, dep, newGov < 0 ? "root" : relation));
      enhanced.removeIf(d -> d.dependent() == dep && d.governor() == oldGov);
      enhanced.add(new Dependency(newGov, dep, newGov < 0 ? "root" : relation));
    }

    /** In the enhanced graph, {@code verb}'s subject {@code from} is replaced by {@code to}. */
    void resubject(int verb, int from, int to) {
      List<Integer> controlled = new ArrayList<>();
      for (Dependency d : basic) {
        if (d.governor() == verb && d.relation().equals("xcomp")) {
          controlled.add(d.dependent()); // "vowed to respond": respond's subject too
        }
      }
      enhanced.removeIf(d -> d.governor() == verb && d.dependent() == from);
      enhanced.removeIf(d -> d.dependent() == verb && d.relation().equals("ccomp"));
      enhanced.add(new Dependency(verb, to, "nsubj"));
      for (int x : controlled) {
        if (enhanced.removeIf(d -> d.governor() == x && d.dependent() == from)) {
          enhanced.add(new Dependency(x, to, "nsubj:xsubj"));
        }
      }
    }

    /** Reporting verb {@code r} takes {@code clause}'s place and governs it as its complement. */
    void governClause(int r, int clause) {
      Dependency up = basicHead(s, clause);
      move(r, clause, up == null ? -1 : up.governor(), up == null ? "root" : up.relation());
      move(clause, up == null ? -1 : up.governor(), r, "ccomp");
    }

    ParsedSentence result() {
      return new ParsedSentence(
          s.index(), s.begin(), s.end(), s.text(), s.tokens(), basic, enhanced, s.times());
    }
  }
}
