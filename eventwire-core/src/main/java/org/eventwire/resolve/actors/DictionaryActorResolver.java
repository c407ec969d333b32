package org.eventwire.resolve.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.Token;

/**
 * Resolves phrases to actors by longest-match lookup in a {@link KnowledgeBase}. Immutable and
 * thread-safe. The rules, in order, are described in {@code docs/actors.md}.
 */
public final class DictionaryActorResolver implements ActorResolver {

  /** Words that open a trailing prepositional phrase ("the US commander in Iraq"). */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "of", "in", "at", "from", "for", "to", "on", "with", "near", "over", "against", "by",
          "into", "inside", "across", "about", "between", "among", "under", "after", "before",
          "during", "outside", "within", "toward", "towards", "who", "which", "that", "whose");

  /** Words that may join coordinated actors ("US and British activists"). */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", ",", "&", "/", "nor", "-");

  /** Named-entity tags of place heads: an unknown place is not an actor. */
  private static final Set<String> PLACE_TAGS =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE");

  private static final String GOV = "GOV";

  private final KnowledgeBase kb;

  public DictionaryActorResolver(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** A resolver over the knowledge base shipped with eventwire. */
  public static DictionaryActorResolver withDefaultKnowledgeBase() {
    return new DictionaryActorResolver(KnowledgeBase.loadDefault());
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  @Override
  public List<ActorRef> resolve(Phrase phrase, LocalDate date) {
    return resolveExplained(phrase, date).stream().map(Resolution::ref).toList();
  }

  /** Resolves one phrase and says, for each actor, which entries and which rule decided it. */
  public List<Resolution> resolveExplained(Phrase phrase, LocalDate date) {
    List<Token> tokens = phrase.tokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<Match> matches =
        kb.lexicon().scan(Word.ofTokens(tokens)).stream()
            .filter(m -> !insidePersonName(m, tokens))
            .toList();
    int coreEnd = coreEnd(tokens, matches);
    int head = phrase.head() >= 0 && phrase.head() < coreEnd ? phrase.head() : coreEnd - 1;

    List<Candidate> core = new ArrayList<>();
    List<Candidate> tail = new ArrayList<>();
    List<Match> coreSectors = new ArrayList<>();
    List<Match> tailSectors = new ArrayList<>();
    for (Match m : matches) {
      boolean inCore = m.firstToken() < coreEnd;
      if (m.kind() == LexEntry.Kind.SECTOR) {
        (inCore ? coreSectors : tailSectors).add(m);
      } else {
        Candidate.of(m, date, kb).ifPresent(c -> (inCore ? core : tail).add(c));
      }
    }
    Match sector = pickSector(coreSectors, head);
    if (sector == null) {
      sector = pickSector(tailSectors, head);
    }
    boolean fromCore = !core.isEmpty();
    List<Candidate> group =
        fromCore
            ? coordinated(core, anchor(core, head), tokens)
            : tail.isEmpty() ? List.of() : coordinated(tail, possessed(tail, tokens), tokens);

    String text = phrase.text();
    if (group.isEmpty()) {
      if (sector != null) {
        SectorTerm term = (SectorTerm) sector.entries().get(0);
        String code = Candidate.NO_COUNTRY + term.sector() + Roles.suffix(term.roles());
        return List.of(
            new Resolution(
                new ActorRef(text, null, null, null, term.sector(), code),
                term.source(),
                "sector-only"));
      }
      Token headToken = tokens.get(head);
      return namesSomeone(headToken)
          ? List.of(new Resolution(ActorRef.unresolved(text), null, "unresolved-proper-noun"))
          : List.of();
    }
    List<Resolution> out = new ArrayList<>();
    for (Candidate c : group) {
      out.add(toResolution(c, sector, fromCore, group.size() > 1, text));
    }
    return List.copyOf(out);
  }

  /**
   * Exact lookup of a bare name ("Pyongyang", "Kim Jong Un", "NATO", "South Korean") as the coder
   * meets it outside a parsed phrase; empty when the whole text is not one known name.
   */
  public Optional<ActorRef> lookupName(String text, LocalDate date) {
    List<Word> words = Word.ofText(text);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Match> matches = kb.lexicon().scan(words);
    if (matches.size() != 1
        || matches.get(0).firstToken() != 0
        || matches.get(0).lastToken() != words.size() - 1) {
      return Optional.empty();
    }
    return Candidate.of(matches.get(0), date, kb)
        .map(c -> toResolution(c, null, true, false, text.strip()).ref());
  }

  private Resolution toResolution(
      Candidate c, Match sectorMatch, boolean inCore, boolean coordinated, String text) {
    SectorTerm term = sectorMatch == null ? null : (SectorTerm) sectorMatch.entries().get(0);
    String sector = term == null ? null : term.sector();
    String roles = term == null ? "" : Roles.suffix(term.roles());
    String rule = c.rule();
    String source = c.source();
    ActorRef ref;
    if (c.fixedCode() != null) {
      String igoKey = c.igo() == null ? null : c.igo().key();
      ref = new ActorRef(text, c.name(), c.country(), igoKey, c.sector(), c.fixedCode());
    } else if (c.igo() != null) {
      String added = sector != null && !sector.equals(GOV) ? sector : null;
      if (added != null) {
        rule += "+sector";
        source += " + " + term.source();
      }
      String code = c.igo().code() + (added == null ? "" : added + roles);
      ref = new ActorRef(text, c.igo().name(), null, c.igo().key(), added, code);
    } else {
      String effective = sector;
      if (sector != null) {
        rule += "+sector";
        source += " + " + term.source();
      } else if (c.capital() && inCore) {
        effective = GOV;
      }
      if (effective == null && c.place()) {
        // A region alone is a place: its country is known, but it is not a national actor.
        ref = new ActorRef(text, c.name(), c.country(), null, null, null);
        rule += "-place";
      } else {
        String code =
            c.cameo() + (effective == null ? "" : effective + (sector == null ? "" : roles));
        ref = new ActorRef(text, c.name(), c.country(), null, effective, code);
      }
    }
    if (!inCore) {
      rule += "@trailing-phrase";
    }
    if (coordinated) {
      rule = "coordination:" + rule;
    }
    return new Resolution(ref, source, rule);
  }

  /**
   * Where the phrase's core ends: the first preposition (or relative pronoun) after the first token
   * that no match spans, so "Ministry of Foreign Affairs" stays whole.
   */
  private static int coreEnd(List<Token> tokens, List<Match> matches) {
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (PREPOSITIONS.contains(w) && !spanned(i, matches)) {
        return i;
      }
    }
    return tokens.size();
  }

  private static boolean spanned(int token, List<Match> matches) {
    for (Match m : matches) {
      if (m.firstToken() < token && m.lastToken() >= token) {
        return true;
      }
    }
    return false;
  }

  /**
   * Index of the candidate attached to the head: one whose name spans it ("the Moscow-led
   * Collective Security Treaty Organization" is the CSTO), else the last one ending at or before
   * it, else the first.
   */
  private static int anchor(List<Candidate> candidates, int head) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).first() <= head && head <= candidates.get(i).last()) {
        return i;
      }
    }
    int best = -1;
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).last() <= head) {
        best = i;
      }
    }
    return best >= 0 ? best : 0;
  }

  /**
   * The first candidate of the trailing phrase, or what it owns: "leaders of Egypt's Muslim
   * Brotherhood" are the Brotherhood's.
   */
  private static int possessed(List<Candidate> candidates, List<Token> tokens) {
    int i = 0;
    while (i + 1 < candidates.size()
        && candidates.get(i + 1).first() == candidates.get(i).last() + 2
        && tokens.get(candidates.get(i).last() + 1).pos().equals("POS")) {
      i++;
    }
    return i;
  }

  /** The anchor with the candidates coordinated with it, without repeats of one actor. */
  private static List<Candidate> coordinated(
      List<Candidate> candidates, int anchor, List<Token> tokens) {
    int from = anchor;
    while (from > 0 && joined(candidates.get(from - 1), candidates.get(from), tokens)) {
      from--;
    }
    int to = anchor;
    while (to + 1 < candidates.size()
        && joined(candidates.get(to), candidates.get(to + 1), tokens)) {
      to++;
    }
    List<Candidate> group = new ArrayList<>();
    for (Candidate c : candidates.subList(from, to + 1)) {
      if (group.stream().noneMatch(c::sameActorAs)) {
        group.add(c);
      }
    }
    return group;
  }

  /** True when only conjunctions or commas stand between two candidates ("US-British" too). */
  private static boolean joined(Candidate left, Candidate right, List<Token> tokens) {
    if (left.last() == right.first()) {
      return true;
    }
    int between = right.first() - left.last() - 1;
    if (between < 1) {
      return false;
    }
    for (int i = left.last() + 1; i < right.first(); i++) {
      if (!CONJUNCTIONS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sector word that describes the head: specific words beat generic ones ("military officials"
   * is MIL); among equals the one nearest before the head, else the first after it.
   */
  private static Match pickSector(List<Match> sectors, int head) {
    Match best = pickNearest(sectors.stream().filter(m -> !generic(m)).toList(), head);
    return best != null ? best : pickNearest(sectors, head);
  }

  private static Match pickNearest(List<Match> sectors, int head) {
    Match best = null;
    for (Match m : sectors) {
      if (m.firstToken() <= head) {
        best = m;
      }
    }
    return best != null || sectors.isEmpty() ? best : sectors.get(0);
  }

  private static boolean generic(Match m) {
    return ((SectorTerm) m.entries().get(0)).generic();
  }

  /**
   * An organisation's name that ends someone's name is not the organisation: "Wagner" in "Therese
   * Kayikwamba Wagner", tagged PERSON together with the name words before it.
   */
  private static boolean insidePersonName(Match m, List<Token> tokens) {
    if (m.kind() != LexEntry.Kind.ORGANIZATION || m.firstToken() == 0) {
      return false;
    }
    for (int i = m.firstToken() - 1; i <= m.lastToken(); i++) {
      if (!"PERSON".equals(tokens.get(i).ner())) {
        return false;
      }
    }
    return true;
  }

  /** True when the head names a person or organisation (proper noun, PERSON/ORGANIZATION tag). */
  private static boolean namesSomeone(Token head) {
    if (PLACE_TAGS.contains(head.ner())) {
      return false;
    }
    return head.isProperNoun() || "PERSON".equals(head.ner()) || "ORGANIZATION".equals(head.ner());
  }
}
