package org.eventwire.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.Phrase;
import org.eventwire.resolve.actors.Resolution;

/**
 * Turns argument head tokens into actors: cuts the phrase out of the sentence, resolves references
 * within the article ("both countries", "they", a surname seen before), and asks the knowledge-base
 * resolver for the rest.
 */
final class ActorMentions {
  private static final Set<String> NOT_ACTORS =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "MONEY", "PERCENT", "ORDINAL");

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> ISSUING = Set.of("release", "issue", "publish");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");
  private static final Set<String> REFLEXIVES =
      Set.of("itself", "themselves", "himself", "herself", "ourselves");

  private final ActorResolver resolver;
  private final DefiniteReferences definites;
  private final ChainReferences chains;
  private final LocalDate date;
  private final ArticleContext context;
  private final FlagStates flags;
  private final NameRuns names;
  private final PhraseCutter cutter;
  private final MentionMemory memory;
  private final java.util.Map<ActorRef, String> how = new java.util.HashMap<>();
  private final List<MentionDecision> decisions = new ArrayList<>();

  private final ClauseSpeakers speakers;

  ActorMentions(
      ActorResolver resolver,
      DefiniteReferences definites,
      ChainReferences chains,
      String text,
      LocalDate date,
      ArticleContext context) {
    this.resolver = resolver;
    this.definites = definites;
    this.chains = chains;
    this.date = date;
    this.context = context;
    this.flags = new FlagStates(resolver);
    this.speakers = new ClauseSpeakers(this::resolve);
    this.names = new NameRuns(resolver, text, date, context);
    this.cutter = new PhraseCutter(text);
    this.memory = new MentionMemory(context);
  }

  /** Every decision {@link #resolve} made so far, in order. */
  List<MentionDecision> decisions() {
    return List.copyOf(decisions);
  }

  /**
   * Notes the countries a sentence names, in order, for later references ("the country"), and who
   * issues a statement or report in it, or speaks in one ("said in a report"), for later references
   * to it ("the statement demanded ...", "rejected the report": its issuer).
   */
  void scan(DependencyGraph g) {
    names.scan(g);
    for (int v = 0; v < g.size(); v++) {
      if (!g.token(v).isVerb()) {
        continue;
      }
      boolean issuing = ISSUING.contains(g.token(v).lemma().toLowerCase(Locale.ROOT));
      boolean document = // "issued a statement", "said in a report"
          g.enhancedChildren(v, r -> (issuing && r.equals("obj")) || r.equals("obl:in")).stream()
              .anyMatch(o -> definites.isDocument(g.token(o)));
      for (int s : document ? g.enhancedChildren(v, r -> r.equals("nsubj")) : List.<Integer>of()) {
        mentions(g, s, List.of()).stream()
            .map(Mention::ref)
            .filter(r -> r.code() != null)
            .findFirst()
            .ifPresent(context::noteIssuer);
      }
    }
  }

  /** The phrase headed by token {@code head} of {@code g}. */
  Phrase phrase(DependencyGraph g, int head) {
    return cutter.phrase(g, head);
  }

  /**
   * An actor found for a phrase, and how.
   *
   * @param ref the actor
   * @param how the rule or knowledge-base entry, for {@code --explain}
   */
  record Mention(ActorRef ref, String how) {}

  /** Actors for one head; {@code excluding} countries are skipped by "the country" references. */
  List<ActorRef> resolve(DependencyGraph g, int head, List<String> excluding) {
    List<Mention> found = mentions(g, head, excluding);
    found.forEach(m -> how.put(m.ref(), m.how()));
    Token h = g.token(head);
    decisions.add(
        new MentionDecision(
            g.sentence().index(),
            h.begin(),
            h.end(),
            found.isEmpty() ? h.word() : found.get(0).ref().text(),
            found.stream().map(m -> m.ref().code()).filter(java.util.Objects::nonNull).toList(),
            found.isEmpty() ? "" : found.get(0).how()));
    return found.stream().map(Mention::ref).toList();
  }

  /** How an actor this instance returned was found, for {@code --explain}. */
  String how(ActorRef ref) {
    return how.getOrDefault(ref, "inferred by the coder");
  }

  /** Like {@link #resolve}, with the rule behind each actor. */
  List<Mention> mentions(DependencyGraph g, int head, List<String> excluding) {
    if (NOT_ACTORS.contains(g.token(head).ner())) {
      return List.of(); // "on Sunday", "for two years": times and amounts are never parties
    }
    Phrase p = phrase(g, head);
    Token h = p.headToken();
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    if (h.isPronoun() || p.tokens().get(0).lemma().equalsIgnoreCase("the")) {
      List<ActorRef> chained = chains.resolve(g.sentence().index(), head);
      if (!chained.isEmpty()) {
        return relabel(chained, p.text(), "coreference chain");
      }
    }
    if (h.isPronoun() && g.relation(head).equals("nmod:poss")) {
      List<ActorRef> own = speakers.ownClauseSubject(g, g.head(head), excluding);
      if (!own.isEmpty()) { // "Russia and Ukraine carried out their first exchange"
        return relabel(own, p.text(), "possessive pronoun: subject of its own clause");
      }
    }
    if (SUBJECT_PRONOUNS.contains(lemma) && h.isPronoun()) {
      if (!g.relation(head).startsWith("nsubj")) {
        if (!PERSON_PRONOUNS.contains(lemma) && !PLURAL_PRONOUNS.contains(lemma)) {
          // "Israel said a shell was fired at it": the speaker, not a place named after it
          // ("they" is often the things the clause names: "detected ships and watched them")
          List<ActorRef> speaker = speakers.reportingSpeaker(g, head, excluding);
          if (speaker.stream().anyMatch(r -> r.code() != null)) {
            return relabel(speaker, p.text(), "object pronoun: the speaker of its clause");
          }
        }
        return objectPronoun(p, lemma, excluding);
      }
      List<ActorRef> speaker = speakers.speakerAbove(g, head, excluding);
      if (!speaker.isEmpty()) {
        return relabel(speaker, p.text(), "pronoun: subject of the clause above");
      }
      List<ActorRef> before = context.previousSubjects();
      if (!PLURAL_PRONOUNS.contains(lemma)
          && before.size() == 1
          && !ClauseSpeakers.isReported(g, head)) {
        return relabel(before, p.text(), "pronoun: previous sentence's subject");
      }
      if (PERSON_PRONOUNS.contains(lemma)) {
        List<ActorRef> person = context.latestPerson(List.of()).stream().toList();
        return person.isEmpty()
            ? relabel(definites.latestTitled(context), p.text(), "pronoun: latest titled person")
            : relabel(person, p.text(), "pronoun: latest person");
      }
    }
    if (REFLEXIVES.contains(lemma) && h.isPronoun() && g.head(head) >= 0) {
      // "Iraq had attacked themselves": the clause's own subject
      List<ActorRef> self = new ArrayList<>();
      for (int s : g.enhancedChildren(g.head(head), r -> r.equals("nsubj"))) {
        if (s != head && !g.token(s).isPronoun()) {
          self.addAll(resolve(g, s, List.of()));
        }
      }
      if (!self.isEmpty()) {
        return relabel(self, p.text(), "reflexive: the clause's subject");
      }
    }
    if (PLURAL_PRONOUNS.contains(lemma)) {
      return relabel(context.previousSubjects(), p.text(), "pronoun: previous sentence's subjects");
    }
    int n = DefiniteReferences.groupSize(p);
    if (n > 0) {
      return relabel(
          definites.group(p, n, context, excluding), p.text(), "group: latest " + n + " actors");
    }
    List<String> notLater = new ArrayList<>(excluding);
    notLater.addAll(context.namedOnlyAfter(p.tokens().get(0).index()));
    if (lemma.equals("country") && isDefiniteSingular(p)) {
      return relabel(
          DefiniteReferences.country(context, notLater),
          p.text(),
          "the country: previous subject, else latest other");
    }
    List<Resolution> found = resolver.resolveExplained(p, date);
    List<ActorRef> refs = found.stream().map(Resolution::ref).toList();
    List<ActorRef> flag = refs.stream().allMatch(r -> !r.placed()) ? flags.of(p, date) : List.of();
    if (!flag.isEmpty()) { // noted, so "the boats" can find the flagged boats later
      flag.forEach(r -> context.notePlaced(r, p.text(), "flag state"));
      return relabel(flag, p.text(), "a ship's flag state");
    }
    List<ActorRef> owned = possessed(g, head, refs, excluding);
    if (!owned.isEmpty()) {
      return relabel(owned, p.text(), "possessor's country with the phrase's sector");
    }
    List<ActorRef> whose = whoseOwner(g, head, refs, excluding);
    if (!whose.isEmpty()) {
      return relabel(whose, p.text(), "owner: the noun a whose-clause describes");
    }
    List<ActorRef> speakersOwn = speakersOwn(g, head, p, refs, excluding);
    if (!speakersOwn.isEmpty()) {
      return relabel(speakersOwn, p.text(), "the speaker's own: subject of a reported clause");
    }
    List<ActorRef> definite =
        g.childrenByRelation(head, "nmod:poss").isEmpty()
            ? definites.resolve(p, refs, context, notLater)
            : List.of();
    if (!definite.isEmpty()) { // noted, so "the rebels" can find "the rebel NAS" later
      definite.forEach(r -> context.notePlaced(r, p.text(), "definite reference"));
      return relabel(definite, p.text(), "definite reference to an actor in play");
    }
    if (refs.stream().allMatch(r -> r.code() == null)) {
      var remembered = memory.rememberedPerson(p);
      if (remembered.isPresent()) {
        return relabel(List.of(remembered.get()), p.text(), "surname seen earlier in the article");
      }
    }
    memory.remember(p, found);
    return found.stream()
        .map(
            r ->
                new Mention(
                    r.ref(), r.rule() + (r.entrySource() == null ? "" : " @ " + r.entrySource())))
        .toList();
  }

  /**
   * "Iran said its navy ...": the subject of the clause above the phrase's own; else the previous
   * sentence's subjects ("Their governments agreed ..."; "its" only when there was one); else the
   * latest country.
   */
  private List<ActorRef> possessorPronoun(DependencyGraph g, int phraseHead, Token pronoun) {
    List<ActorRef> chained = chains.resolve(g.sentence().index(), pronoun.index());
    if (!chained.isEmpty()) {
      return chained;
    }
    List<ActorRef> own = speakers.ownClauseSubject(g, phraseHead, List.of());
    if (!own.isEmpty()) { // "the ministry ordered its troops ...": the clause's subject
      return own;
    }
    if (g.head(phraseHead) >= 0) { // "Indonesia said its navy seized ...": above its own clause
      List<ActorRef> speaker = speakers.speakerAbove(g, phraseHead, List.of());
      if (!speaker.isEmpty()) {
        return speaker;
      }
    }
    List<ActorRef> before = context.previousSubjects();
    boolean plural = pronoun.lemma().equalsIgnoreCase("they");
    if (!before.isEmpty() && (plural || before.size() == 1)) {
      return before;
    }
    return context.recentCountries(1, List.of());
  }

  /**
   * "Accusing him of ...": a person pronoun is the latest other person, "it" the latest body named
   * in this sentence or the one before; else the latest country.
   */
  private List<Mention> objectPronoun(Phrase p, String lemma, List<String> excluding) {
    if (PERSON_PRONOUNS.contains(lemma)) {
      var person = context.latestPerson(excluding);
      if (person.isPresent()) {
        return relabel(List.of(person.get()), p.text(), "object pronoun: latest other person");
      }
    }
    if (lemma.equals("it")) {
      var body = context.latestBody(excluding);
      if (body.isPresent()) { // "leaving the bloc ECOWAS, accusing it of ...": the bloc
        return relabel(List.of(body.get()), p.text(), "object pronoun: latest body named");
      }
    }
    // an object pronoun points at the party last named apart from the actors
    return relabel(context.recentCountries(1, excluding), p.text(), "object-pronoun");
  }

  /**
   * "Its navy", "their governments", "the country's foreign ministry": a sector word without a
   * country takes the country of its possessor, resolved as a reference.
   */
  private List<ActorRef> possessed(
      DependencyGraph g, int head, List<ActorRef> refs, List<String> excluding) {
    if (refs.isEmpty() && g.token(head).lemma().equalsIgnoreCase("country")) {
      return ownCountries(g, head); // "their countries were leaving the bloc"
    }
    boolean unresolved = refs.stream().allMatch(r -> r.code() == null);
    if (unresolved && FOLLOWERS.contains(PredicateFinder.lemma(g.token(head)))) {
      for (int owner : g.childrenByRelation(head, "nmod:poss")) { // "his party": the owner's side
        Token o = g.token(owner);
        if (o.isPronoun()) {
          boolean person = Set.of("he", "she").contains(o.lemma().toLowerCase(Locale.ROOT));
          List<ActorRef> titled = person ? definites.latestTitled(context) : List.of();
          return (titled.isEmpty() ? possessorPronoun(g, head, o) : titled) // "the leader ... his"
              .stream().filter(ActorRef::placed).toList();
        }
      }
    }
    boolean titled = // "the two countries' security chiefs": people of the possessor's state
        unresolved && definites.isPersonNoun(g.token(head));
    if (!titled
        && (refs.size() != 1 || refs.get(0).sector() == null || refs.get(0).country() != null)) {
      return List.of();
    }
    String sector = titled ? "GOV" : refs.get(0).sector();
    for (int owner : g.childrenByRelation(head, "nmod:poss")) {
      Token o = g.token(owner);
      if (!o.isPronoun()
          && !o.lemma().equalsIgnoreCase("country")
          && !definites.isContextName(o)
          && !isDefiniteNoun(g, owner)) {
        continue;
      }
      List<ActorRef> owners =
          o.isPronoun()
              ? possessorPronoun(g, head, o)
              : mentions(g, owner, excluding).stream().map(Mention::ref).toList();
      return ownedBy(owners, sector);
    }
    for (int owner : g.enhancedChildren(head, r -> r.equals("nmod:of"))) {
      if (isDefiniteNoun(g, owner)) { // "leaders of the bloc": the bloc's
        return ownedBy(mentions(g, owner, excluding).stream().map(Mention::ref).toList(), sector);
      }
    }
    return List.of();
  }

  /**
   * The owners' people of a sector: a state's, with the sector ("the country's ministry"); a body's
   * are the body ("leaders of the bloc" speak for the bloc).
   */
  private static List<ActorRef> ownedBy(List<ActorRef> owners, String sector) {
    return owners.stream()
        .filter(r -> r.country() != null || r.igo() != null)
        .map(r -> r.country() == null ? r : DefiniteReferences.withSector(r, sector))
        .toList();
  }

  /** "the council", "the 16-member bloc": a definite common noun that may refer back. */
  private static boolean isDefiniteNoun(DependencyGraph g, int owner) {
    Token o = g.token(owner);
    return o.isNoun()
        && !o.isProperNoun()
        && g.childrenByRelation(owner, "det").stream()
            .anyMatch(d -> g.token(d).lemma().equalsIgnoreCase("the"));
  }

  /** "Their countries", "its country": the countries of the possessive pronoun's referents. */
  private List<ActorRef> ownCountries(DependencyGraph g, int head) {
    for (int owner : g.childrenByRelation(head, "nmod:poss")) {
      if (g.token(owner).isPronoun()) {
        List<ActorRef> above =
            speakers.speakerAbove(g, head, List.of()); // "X and Y said their ..."
        List<ActorRef> owners = above.isEmpty() ? possessorPronoun(g, head, g.token(owner)) : above;
        return owners.stream()
            .map(ActorRef::country)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .map(c -> new ActorRef(c, null, c, null, null, c))
            .toList();
      }
    }
    return List.of();
  }

  /**
   * "two Iraqi fishermen whose boat was rammed": a thing no one is named for, owned through
   * "whose", is its owner's, the noun the relative clause describes.
   */
  private List<ActorRef> whoseOwner(
      DependencyGraph g, int head, List<ActorRef> refs, List<String> excluding) {
    if (refs.stream().anyMatch(ActorRef::placed)) {
      return List.of();
    }
    boolean whose =
        g.childrenByRelation(head, "nmod:poss").stream()
            .anyMatch(o -> g.token(o).lemma().equalsIgnoreCase("whose"));
    if (!whose) {
      return List.of();
    }
    for (int a = g.head(head); a >= 0; a = g.head(a)) {
      if (g.relation(a).equals("acl:relcl") && g.head(a) >= 0) {
        return mentions(g, g.head(a), excluding).stream()
            .map(Mention::ref)
            .filter(ActorRef::placed)
            .toList();
      }
    }
    return List.of();
  }

  /**
   * "Bolivia's minister announced that the government would appeal": a definite sector noun with no
   * country of its own, subject of a clause a state's speaker reports, is that state's.
   */
  private List<ActorRef> speakersOwn(
      DependencyGraph g, int head, Phrase p, List<ActorRef> refs, List<String> excluding) {
    if (refs.size() != 1
        || refs.get(0).sector() == null
        || refs.get(0).placed()
        || !isDefiniteSingular(p)) {
      return List.of();
    }
    String sector = refs.get(0).sector();
    return speakers.speakerOfClause(g, head, excluding).stream()
        .filter(r -> r.country() != null)
        .map(r -> DefiniteReferences.withSector(r, sector))
        .distinct()
        .toList();
  }

  /** Nouns for the people on someone's side: "his party", "her family", "their supporters". */
  private static final Set<String> FOLLOWERS =
      Set.of("party", "family", "supporter", "follower", "movement", "camp", "relative", "lawyer");

  private static boolean isDefiniteSingular(Phrase p) {
    return p.tokens().stream().filter(t -> !t.pos().equals("POS")).count() <= 2
        && p.headToken().pos().equals("NN")
        && p.tokens().get(0).lemma().equalsIgnoreCase("the");
  }

  void noteSubjects(List<ActorRef> refs) {
    context.noteSubjects(refs);
  }

  private static List<Mention> relabel(List<ActorRef> refs, String text, String how) {
    return refs.stream().map(r -> new Mention(withText(r, text), how)).toList();
  }

  private static ActorRef withText(ActorRef r, String text) {
    return new ActorRef(text, r.name(), r.country(), r.igo(), r.sector(), r.code());
  }
}
