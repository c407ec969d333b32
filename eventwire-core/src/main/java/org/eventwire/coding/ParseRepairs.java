package org.eventwire.coding;

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
 *       (<i>civilians</i> becomes the subject of <i>released</i>), and for one hung as an
 *       unlabelled dependent ("denouncing the drill staged by the marines").
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
 * </ol>
 *
 * More passes, on clauses the parser hangs loose, are in {@link ClauseRepairs}.
 */
public final class ParseRepairs {
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj");

  private final ClaimCues cues;

  private final ClauseRepairs clauses;

  public ParseRepairs(ClaimCues cues) {
    this.cues = cues;
    this.clauses = new ClauseRepairs(cues);
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
        repaired = clauses.contactRelative(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = clauses.speakerConjunct(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = clauses.participleDep(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = clauses.relativeDep(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = clauses.tenseConjunct(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = clauses.namedThing(out, i);
      }
      if (repaired.isEmpty()) {
        repaired = clauses.trailingSpeaker(out, i);
      }
      out = repaired.orElse(out);
    }
    return out;
  }

  /** Pass {@code participle-object} for participle {@code p}. */
  Optional<ParsedSentence> participleObject(ParsedSentence s, int p) {
    Token t = s.tokens().get(p);
    Dependency up = ParseEdits.basicHead(s, p);
    if (!t.pos().equals("VBN")
        || up == null
        || ParseEdits.has(s, p, ParseEdits.AUXILIARIES::contains)) {
      return Optional.empty();
    }
    int verb = up.governor();
    String role = roleAbove(s, verb, up.relation());
    List<Integer> subjects = ParseEdits.children(s, p, r -> r.equals("nsubj"));
    if (role == null || subjects.size() != 1 || subjects.get(0) > p) {
      return Optional.empty();
    }
    int noun = subjects.get(0);
    ParseEdits e = new ParseEdits(s);
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
    if (relation.equals("ccomp") || relation.equals("xcomp") || relation.equals("dep")) {
      return ParseEdits.has(s, verb, r -> r.equals("obj")) ? null : "obj";
    }
    if (relation.startsWith("csubj")) {
      if (ParseEdits.has(s, verb, r -> r.startsWith("nsubj"))) {
        return null;
      }
      return ParseEdits.has(s, verb, r -> r.equals("aux:pass")) ? "nsubj:pass" : "nsubj";
    }
    return null;
  }

  /** Pass {@code reporting-clause} for reporting verb {@code r}. */
  Optional<ParsedSentence> reportingClause(ParsedSentence s, int r) {
    Token t = s.tokens().get(r);
    Dependency up = ParseEdits.basicHead(s, r);
    if (!t.pos().startsWith("VB")
        || up == null
        || !up.relation().startsWith("advcl")
        || up.governor() < r
        || cues.cue(t.lemma().toLowerCase(java.util.Locale.ROOT), 'V').isEmpty()
        || ParseEdits.has(s, r, COMPLEMENTS::contains)) {
      return Optional.empty();
    }
    int clause = up.governor();
    List<Integer> subj = ParseEdits.children(s, clause, x -> x.startsWith("nsubj"));
    if (subj.size() != 1 || !s.tokens().get(subj.get(0)).isPronoun() || subj.get(0) < r) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.governClause(r, clause);
    return Optional.of(e.result());
  }

  /** Pass {@code reported-passive} for reporting verb {@code r}. */
  Optional<ParsedSentence> reportedPassive(ParsedSentence s, int r) {
    Token t = s.tokens().get(r);
    Dependency up = ParseEdits.basicHead(s, r);
    if (!t.pos().startsWith("VB")
        || up == null
        || !up.relation().startsWith("csubj")
        || up.governor() < r
        || cues.cue(t.lemma().toLowerCase(java.util.Locale.ROOT), 'V').isEmpty()) {
      return Optional.empty();
    }
    int passive = up.governor();
    List<Integer> objects = ParseEdits.children(s, r, x -> x.equals("obj"));
    boolean pass = ParseEdits.has(s, passive, x -> x.equals("aux:pass"));
    boolean modal = // "Beijing said Manila would face consequences", parsed the same way
        ParseEdits.children(s, passive, x -> x.equals("aux")).stream()
            .anyMatch(a -> s.tokens().get(a).pos().equals("MD"));
    if (!(pass || modal)
        || ParseEdits.has(s, passive, x -> x.startsWith("nsubj"))
        || objects.size() != 1
        || objects.get(0) > passive) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.governClause(r, passive);
    e.move(objects.get(0), r, passive, pass ? "nsubj:pass" : "nsubj");
    return Optional.of(e.result());
  }

  /** Pass {@code reported-modal} for verb {@code v}. */
  Optional<ParsedSentence> reportedModal(ParsedSentence s, int v) {
    Dependency up = ParseEdits.basicHead(s, v);
    if (!s.tokens().get(v).pos().startsWith("VB")
        || up == null
        || !(up.relation().equals("dep") || up.relation().equals("xcomp"))
        || ParseEdits.has(s, v, x -> x.startsWith("nsubj"))) {
      return Optional.empty();
    }
    int r = up.governor();
    Token reporter = s.tokens().get(r);
    List<Integer> modals =
        ParseEdits.children(s, v, x -> x.equals("aux")).stream()
            .filter(a -> s.tokens().get(a).pos().equals("MD"))
            .toList();
    List<Integer> objects = ParseEdits.children(s, r, x -> x.equals("obj"));
    if (!reporter.pos().startsWith("VB")
        || cues.cue(reporter.lemma().toLowerCase(java.util.Locale.ROOT), 'V')
            .filter(k -> k == ClaimCues.Kind.REPORT)
            .isEmpty()
        || modals.size() != 1
        || objects.size() != 1
        || objects.get(0) > modals.get(0)) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.move(v, r, r, "ccomp");
    e.move(objects.get(0), r, v, "nsubj");
    return Optional.of(e.result());
  }
}
