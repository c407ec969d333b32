package org.eventwire.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.Token;

/**
 * Parse repairs for clauses the neural parser hangs loose ({@code parataxis}, {@code dep}, a
 * conjunct in the wrong clause), run by {@link ParseRepairs} after its own passes; each returns a
 * new sentence and never changes its input.
 *
 * <ol>
 *   <li>{@code contact-relative}: "lifted the sanctions it had imposed on Iran" parsed with
 *       <i>imposed</i> as parataxis (or an unlabelled dependent) of <i>lifted</i>. A clause with no
 *       object and no modal whose pronoun subject stands right after the verb's object is a
 *       relative clause on that object, its relative word left out (acl:relcl).
 *   <li>{@code participle-dep}: "was hit by water cannon fired by a Chinese vessel" parsed with
 *       <i>fired</i> as an unlabelled dependent of <i>hit</i>. A bare past participle (no
 *       auxiliary, no subject) hung as {@code dep} right after a noun of the same verb modifies
 *       that noun (acl).
 *   <li>{@code relative-dep}: "Prime Minister Pedro Sanchez, who arrived in Rabat on Wednesday,
 *       ..." parsed with <i>arrived</i> as an unlabelled dependent of <i>Sanchez</i>. A verb hung
 *       as {@code dep} on a noun before it, whose subject is a relative pronoun right after a
 *       comma, is a relative clause on that noun, and the noun is its subject.
 *   <li>{@code speaker-conjunct}: "the ministry said the measures were illegal and vowed to
 *       respond" parsed with <i>vowed</i> conjoined to <i>illegal</i>, so that the measures vow. A
 *       claim-cue verb, or a verb of stance only a party performs (coding/speaker-verbs.txt:
 *       reject, condemn, urge ...), without a subject of its own, conjoined to a clause about a
 *       thing (a common noun with no name tag) that is reported by another cue verb, or is a
 *       relative clause under one ("accused X of strikes in the province that killed 46 and vowed
 *       to retaliate"), is the speaker's second act: it is conjoined to the reporting verb and
 *       takes its subject.
 *   <li>{@code tense-conjunct}: "ordered the envoy to leave the country and banned 14 officials
 *       from entering" parsed with <i>banned</i> conjoined to the infinitive <i>leave</i>. A past
 *       verb (no auxiliary, no subject) cannot continue a to-infinitive: it is conjoined to the
 *       finite verb the infinitive complements, and takes that verb's subject.
 *   <li>{@code named-thing}: "condemned what it called a provocation by the Philippines" parsed
 *       with <i>called</i> as the complement of <i>condemned</i>, so that the speaker's "it" reads
 *       as the condemned party and the owner of the provocation. A naming verb
 *       (coding/naming-verbs.txt) whose object is "what" and that names a thing is a free relative
 *       standing for that thing: the thing becomes the object of the verb above, and the naming
 *       clause a relative clause on it.
 *   <li>{@code trailing-speaker}: "guards exchanged gunfire near the enclave of Vorukh,
 *       Kyrgyzstan's border service said." parsed with the speaker as an apposition of Vorukh and
 *       <i>said</i> an unlabelled dependent with no subject. A cue verb ending the sentence (times
 *       and punctuation aside) with no subject, right after a noun phrase that follows a comma, has
 *       that phrase as its subject, and stands beside the clause it reports (parataxis).
 * </ol>
 */
final class ClauseRepairs {
  /** Words a noun phrase is made of, read back from its head to the comma before it. */
  private static final Set<String> PHRASE_TAGS =
      Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "POS", "PRP$", "CD", "HYPH");

  private final ClaimCues cues;
  private final Set<String> speakerVerbs =
      PredicateFinder.loadWordList("eventwire/coding/speaker-verbs.txt");
  private final Set<String> namingVerbs =
      PredicateFinder.loadWordList("eventwire/coding/naming-verbs.txt");

  ClauseRepairs(ClaimCues cues) {
    this.cues = cues;
  }

  /** Pass {@code contact-relative} for verb {@code v}. */
  Optional<ParsedSentence> contactRelative(ParsedSentence s, int v) {
    Dependency up = ParseEdits.basicHead(s, v);
    if (!s.tokens().get(v).pos().startsWith("VB")
        || up == null
        || !(up.relation().equals("parataxis") || up.relation().equals("dep"))
        || ParseEdits.has(
            s, v, r -> r.equals("obj") || r.startsWith("ccomp") || r.startsWith("xcomp"))
        || ParseEdits.children(s, v, r -> r.equals("aux")).stream()
            .anyMatch(a -> s.tokens().get(a).pos().equals("MD"))) {
      return Optional.empty();
    }
    List<Integer> subj = ParseEdits.children(s, v, r -> r.equals("nsubj"));
    List<Integer> objects = ParseEdits.children(s, up.governor(), r -> r.equals("obj"));
    if (subj.size() != 1
        || objects.size() != 1
        || !s.tokens().get(subj.get(0)).isPronoun()
        || subj.get(0) != objects.get(0) + 1) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.move(v, up.governor(), objects.get(0), "acl:relcl");
    return Optional.of(e.result());
  }

  /** Pass {@code participle-dep} for participle {@code p}. */
  Optional<ParsedSentence> participleDep(ParsedSentence s, int p) {
    Dependency up = ParseEdits.basicHead(s, p);
    Dependency before = p > 0 ? ParseEdits.basicHead(s, p - 1) : null;
    if (!s.tokens().get(p).pos().equals("VBN")
        || up == null
        || !up.relation().equals("dep")
        || before == null
        || before.governor() != up.governor()
        || !s.tokens().get(p - 1).pos().startsWith("NN")
        || ParseEdits.has(s, p, r -> ParseEdits.AUXILIARIES.contains(r) || r.startsWith("nsubj"))) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.move(p, up.governor(), p - 1, "acl");
    return Optional.of(e.result());
  }

  /** Pass {@code relative-dep} for verb {@code v}. */
  Optional<ParsedSentence> relativeDep(ParsedSentence s, int v) {
    Dependency up = ParseEdits.basicHead(s, v);
    if (!s.tokens().get(v).pos().startsWith("VB")
        || up == null
        || !up.relation().equals("dep")
        || up.governor() > v
        || !s.tokens().get(up.governor()).pos().startsWith("NN")) {
      return Optional.empty();
    }
    List<Integer> subj = ParseEdits.children(s, v, r -> r.equals("nsubj"));
    if (subj.size() != 1) {
      return Optional.empty();
    }
    int w = subj.get(0);
    boolean relative =
        s.tokens().get(w).pos().equals("WP") || s.tokens().get(w).pos().equals("WDT");
    if (!relative || w <= up.governor() + 1 || !s.tokens().get(w - 1).word().equals(",")) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.move(v, up.governor(), up.governor(), "acl:relcl");
    e.resubject(v, w, up.governor());
    return Optional.of(e.result());
  }

  /** Pass {@code tense-conjunct} for past verb {@code c}. */
  Optional<ParsedSentence> tenseConjunct(ParsedSentence s, int c) {
    Dependency up = ParseEdits.basicHead(s, c);
    String pos = s.tokens().get(c).pos();
    if (!(pos.equals("VBD") || pos.equals("VBN"))
        || up == null
        || !up.relation().startsWith("conj")
        || ParseEdits.has(s, c, r -> ParseEdits.AUXILIARIES.contains(r) || r.startsWith("nsubj"))) {
      return Optional.empty();
    }
    int inf = up.governor();
    Dependency above = ParseEdits.basicHead(s, inf);
    boolean toInfinitive =
        s.tokens().get(inf).pos().equals("VB")
            && ParseEdits.children(s, inf, r -> r.equals("mark")).stream()
                .anyMatch(m -> s.tokens().get(m).word().equalsIgnoreCase("to"));
    if (!toInfinitive || above == null || !above.relation().equals("xcomp")) {
      return Optional.empty();
    }
    int finite = above.governor();
    List<Integer> subj = ParseEdits.children(s, finite, r -> r.equals("nsubj"));
    if (!s.tokens().get(finite).pos().matches("VBD|VBZ|VBP") || subj.size() != 1) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.move(c, inf, finite, "conj");
    e.subjectFrom(c, subj.get(0), finite);
    return Optional.of(e.result());
  }

  /** Pass {@code trailing-speaker} for cue verb {@code v}. */
  Optional<ParsedSentence> trailingSpeaker(ParsedSentence s, int v) {
    List<Token> tokens = s.tokens();
    Token t = tokens.get(v);
    boolean finite = Set.of("VBD", "VBZ", "VBP").contains(t.pos());
    if (!finite
        || v < 3
        || cues.cue(PredicateFinder.lemma(t), 'V').isEmpty()
        || ParseEdits.has(s, v, r -> r.startsWith("nsubj"))) {
      return Optional.empty();
    }
    for (int k = v + 1; k < tokens.size(); k++) {
      Token after = tokens.get(k);
      if (!after.isTime()
          && !after.word().equalsIgnoreCase("on")
          && Character.isLetterOrDigit(after.word().charAt(0))) {
        return Optional.empty(); // "..., the ministry said on Tuesday." and nothing more
      }
    }
    int head = v - 1;
    int start = head;
    while (start > 0 && PHRASE_TAGS.contains(tokens.get(start - 1).pos())) {
      start--;
    }
    Dependency up = ParseEdits.basicHead(s, head);
    Dependency verbUp = ParseEdits.basicHead(s, v);
    if (!tokens.get(head).pos().startsWith("NN")
        || start == 0
        || !tokens.get(start - 1).word().equals(",")
        || up == null
        || up.governor() >= start) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.move(head, up.governor(), v, "nsubj");
    if (verbUp != null && verbUp.governor() >= 0 && !verbUp.relation().equals("parataxis")) {
      e.move(v, verbUp.governor(), verbUp.governor(), "parataxis");
    }
    return Optional.of(e.result());
  }

  /** Pass {@code named-thing} for naming verb {@code v}. */
  Optional<ParsedSentence> namedThing(ParsedSentence s, int v) {
    Token t = s.tokens().get(v);
    Dependency up = ParseEdits.basicHead(s, v);
    if (!t.isVerb()
        || !namingVerbs.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
        || up == null
        || !Set.of("ccomp", "obj", "xcomp", "dep").contains(up.relation())) {
      return Optional.empty();
    }
    List<Integer> objects = ParseEdits.children(s, v, r -> r.equals("obj") || r.equals("xcomp"));
    boolean what =
        objects.stream().anyMatch(o -> s.tokens().get(o).lemma().equalsIgnoreCase("what"));
    List<Integer> things =
        objects.stream().filter(o -> s.tokens().get(o).isNoun() && o > v).toList();
    if (!what || things.size() != 1) {
      return Optional.empty();
    }
    int thing = things.get(0);
    ParseEdits e = new ParseEdits(s);
    e.move(thing, v, up.governor(), "obj");
    e.move(v, up.governor(), thing, "acl:relcl");
    return Optional.of(e.result());
  }

  /** Pass {@code speaker-conjunct} for verb {@code c}. */
  Optional<ParsedSentence> speakerConjunct(ParsedSentence s, int c) {
    Dependency up = ParseEdits.basicHead(s, c);
    String lemma = s.tokens().get(c).lemma().toLowerCase(java.util.Locale.ROOT);
    if (!(isCueVerb(s, c) || (s.tokens().get(c).isVerb() && speakerVerbs.contains(lemma)))
        || up == null
        || !up.relation().startsWith("conj")
        || ParseEdits.has(s, c, r -> r.startsWith("nsubj"))) {
      return Optional.empty();
    }
    int clause = up.governor();
    Dependency above = ParseEdits.basicHead(s, clause);
    if (above == null) {
      return Optional.empty();
    }
    // what the clause is about: its subject (a clause as subject is a thing too), or the noun a
    // relative clause is on
    int thing = -1;
    if (above.relation().equals("ccomp")) {
      List<Integer> subj =
          ParseEdits.children(s, clause, r -> r.startsWith("nsubj") || r.startsWith("csubj"));
      boolean clausal =
          subj.size() == 1 && ParseEdits.basicHead(s, subj.get(0)).relation().startsWith("csubj");
      thing =
          subj.size() == 1 && (clausal || isThing(s.tokens().get(subj.get(0)))) ? subj.get(0) : -1;
    } else if (above.relation().startsWith("acl") && isThing(s.tokens().get(above.governor()))) {
      thing = above.governor();
    }
    int report = reporter(s, above.governor());
    if (thing < 0 || report < 0) {
      return Optional.empty();
    }
    ParseEdits e = new ParseEdits(s);
    e.move(c, clause, report, up.relation());
    e.resubject(c, thing, ParseEdits.children(s, report, r -> r.equals("nsubj")).get(0));
    return Optional.of(e.result());
  }

  /** The nearest cue verb at or above {@code from} with one subject, within a few steps. */
  private int reporter(ParsedSentence s, int from) {
    int cur = from;
    for (int step = 0; step < 4 && cur >= 0; step++) {
      if (isCueVerb(s, cur) && ParseEdits.children(s, cur, r -> r.equals("nsubj")).size() == 1) {
        return cur;
      }
      Dependency d = ParseEdits.basicHead(s, cur);
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
}
