package org.eventwire.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.coding.lexicon.PredicateLexicon;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;

/**
 * Finds the predicates of a sentence: verbs looked up with their particle and object, then eventive
 * nouns that no verb predicate already took as its object.
 */
public final class PredicateFinder {
  private static final Set<String> AUXILIARY = Set.of("aux", "aux:pass", "cop");

  /** Quantity words whose of-phrase names what is acted on ("dozens of prisoners"). */
  private static final Set<String> QUANTITY =
      Set.of(
          "million",
          "thousand",
          "hundred",
          "dozen",
          "billion",
          "number",
          "batch",
          "lot",
          "ton",
          "tonne",
          "kilogram",
          "kg",
          "barrel",
          "dollar",
          "euro",
          "tranche",
          "consignment",
          "shipment",
          "load",
          "group",
          "pair",
          "handful",
          "set",
          "kind",
          "package",
          "round",
          "wave",
          "series",
          "raft",
          "half",
          "bulk",
          "rest");

  /** Adverbs that right after a verb are its particle when the parser says advmod. */
  private static final Set<String> ADVERB_PARTICLES =
      Set.of("back", "out", "off", "down", "up", "away");

  private final PredicateLexicon lexicon;
  private final Set<String> lightVerbs;
  private final NamingCalls naming;
  private final Set<String> wishVerbs;

  /**
   * @param lexicon the predicate lexicon
   * @param lightVerbs verbs whose eventive object is the event ("ordered the expulsion")
   * @param namingVerbs verbs that only characterise their object when a second noun or adjective
   *     describes it ("called the move a provocation")
   * @param wishVerbs verbs that are events only when they wish an act of another party ("wants
   *     Seoul to pay")
   */
  public PredicateFinder(
      PredicateLexicon lexicon,
      Set<String> lightVerbs,
      Set<String> namingVerbs,
      Set<String> wishVerbs) {
    this.lexicon = lexicon;
    this.lightVerbs = Set.copyOf(lightVerbs);
    this.naming = new NamingCalls(lexicon, namingVerbs);
    this.wishVerbs = Set.copyOf(wishVerbs);
  }

  /** Reads a one-lemma-a-line list from the classpath ({@code #} comments allowed). */
  public static Set<String> loadWordList(String resource) {
    java.io.InputStream in = PredicateFinder.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (var r =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      return r.lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(resource, e);
    }
  }

  public List<Trigger> find(DependencyGraph g) {
    List<Trigger> out = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      if (t.isVerb() && !AUXILIARY.contains(g.relation(i))) {
        verbTrigger(g, i).ifPresent(tr -> out.add(tr));
      }
    }
    for (Trigger tr : out) {
      consumed.addAll(objectsOf(g, tr.token()));
    }
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      if (t.isNoun() && !consumed.contains(i)) {
        nounTrigger(g, i).ifPresent(out::add);
      }
    }
    out.sort((a, b) -> Integer.compare(a.token(), b.token()));
    return out;
  }

  /** True when the trigger's direct object is itself an eventive noun ("condemned the seizure"). */
  public boolean objectIsEvent(DependencyGraph g, Trigger t) {
    List<Integer> objects = g.enhancedChildren(t.token(), r -> r.equals("obj"));
    if (objects.isEmpty() && t.object() >= 0) {
      objects = List.of(t.object()); // "called the seizure illegal"
    }
    for (int o : objects) {
      if (g.token(o).isNoun() && !lexicon.noun(lemma(g.token(o))).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A light verb's row narrowed by its object's own row of the same type: "launched air strikes" is
   * the air strike's 195, "carried out an assassination" the assassination's code, where the verb
   * row alone says 190.
   */
  private PredicateEntry narrowed(DependencyGraph g, int verb, PredicateEntry row, int object) {
    if (!lightVerbs.contains(lemma(g.token(verb)))) {
      return row;
    }
    return nounTrigger(g, object)
        .map(Trigger::entry)
        .filter(n -> n.type() == row.type() && !n.cameo().equals(row.cameo()))
        .map(n -> row.withCode(n.mode(), n.cameo()))
        .orElse(row);
  }

  /** True for a noun the lexicon lists as an event ("request", "attack"). */
  boolean isEventNoun(Token t) {
    return t.isNoun() && !lexicon.noun(lemma(t)).isEmpty();
  }

  /** An eventive noun, with a modifier that may narrow it ("hunger strike", "missile launch"). */
  private Optional<Trigger> nounTrigger(DependencyGraph g, int i) {
    if (g.token(i).isTime()) {
      return Optional.empty(); // "moved the vote to March": a month, not a march
    }
    String lemma = lemma(g.token(i));
    for (int m :
        g.enhancedChildren(
            i, r -> r.equals("compound") || r.equals("amod") || r.equals("nmod:of"))) {
      for (String key : objectKeys(g.token(m))) {
        Optional<PredicateEntry> e = lexicon.bestNoun(lemma, key);
        if (e.isPresent() && !e.get().objects().isEmpty()) {
          return Optional.of(new Trigger(i, e.get(), -1, true));
        }
      }
    }
    return lexicon.bestNoun(lemma, null).map(e -> new Trigger(i, e, -1, true));
  }

  private Optional<Trigger> verbTrigger(DependencyGraph g, int i) {
    if (naming.names(g, i)) {
      return naming.trigger(g, i);
    }
    if (wishVerbs.contains(lemma(g.token(i))) && !wishesOfAnother(g, i)) {
      return Optional.empty();
    }
    String particle = particle(g, i);
    List<Integer> objects = objectsOf(g, i);
    for (int o : objects) {
      for (String key : objectKeys(g, o)) {
        Optional<PredicateEntry> e = lexicon.bestVerb(lemma(g.token(i)), particle, key);
        if (e.isPresent() && !e.get().objects().isEmpty()) {
          return Optional.of(new Trigger(i, narrowed(g, i, e.get(), o), o, false));
        }
      }
    }
    for (int o : objects) { // "ended mediation efforts", "cut food supplies": the modifier names it
      for (int m : g.childrenByRelation(o, "compound")) {
        for (String key : objectKeys(g.token(m))) {
          Optional<PredicateEntry> e = lexicon.bestVerb(lemma(g.token(i)), particle, key);
          if (e.isPresent() && !e.get().objects().isEmpty()) {
            return Optional.of(new Trigger(i, narrowed(g, i, e.get(), o), o, false));
          }
        }
      }
    }
    for (String key : clauseKeys(g, i)) {
      Optional<PredicateEntry> e = lexicon.bestVerb(lemma(g.token(i)), particle, key);
      if (e.isPresent() && !e.get().objects().isEmpty()) {
        return Optional.of(new Trigger(i, e.get(), -1, false)); // "protesters gathered"
      }
    }
    if (lightVerbs.contains(lemma(g.token(i)))) {
      for (int o : objects) {
        if (!lexicon.noun(lemma(g.token(o))).isEmpty()) {
          return Optional.empty(); // the eventive object carries the event
        }
      }
    }
    return lexicon
        .bestVerb(lemma(g.token(i)), particle, null)
        .map(e -> new Trigger(i, e, -1, false));
  }

  /**
   * The verb's particle: its {@code compound:prt}, else an adverb the parser did not mark as one
   * ("pulled back the troops" with <i>back</i> as advmod), else <i>out</i> of "out of" ("pulled out
   * of the deal" parsed as obl:out_of); null when none.
   */
  private static String particle(DependencyGraph g, int verb) {
    for (int p : g.childrenByRelation(verb, "compound:prt")) {
      return lemma(g.token(p));
    }
    for (int p : g.childrenByRelation(verb, "advmod")) {
      if (p == verb + 1 && ADVERB_PARTICLES.contains(lemma(g.token(p)))) {
        return lemma(g.token(p));
      }
    }
    return g.enhancedChildren(verb, r -> r.equals("obl:out_of")).isEmpty() ? null : "out";
  }

  /** "wants Seoul to pay": an object and a verb clause controlled by it. */
  private static boolean wishesOfAnother(DependencyGraph g, int verb) {
    return !g.childrenByRelation(verb, "obj").isEmpty()
        && g.childrenByRelation(verb, "xcomp").stream().anyMatch(x -> g.token(x).isVerb());
  }

  /**
   * What the verb acts on: its direct object, the subject of its passive, the noun a participle
   * modifies ("delivering ... rounds"), or the of-phrase of a nominal gerund ("the sending of
   * workers"); conjoined objects included.
   */
  static List<Integer> objectsOf(DependencyGraph g, int verb) {
    List<Integer> out = new ArrayList<>();
    out.addAll(g.enhancedChildren(verb, r -> r.equals("obj") || r.equals("nsubj:pass")));
    String rel = g.relation(verb);
    if (out.isEmpty() && rel.equals("amod") && g.token(verb).pos().equals("VBG")) {
      for (var d : g.enhancedIn(verb)) {
        if (d.relation().equals("amod")) {
          out.add(d.governor());
        }
      }
    }
    if (out.isEmpty() && !g.token(verb).pos().equals("VBN")) {
      out.addAll(g.enhancedChildren(verb, r -> r.equals("nmod:of")));
    }
    List<Integer> expanded = new ArrayList<>(out);
    for (int o : out) {
      expanded.addAll(g.enhancedChildren(o, r -> r.startsWith("conj")));
      if (QUANTITY.contains(lemma(g.token(o)))) {
        expanded.addAll(g.enhancedChildren(o, r -> r.equals("nmod:of")));
      }
    }
    return expanded;
  }

  /** A quantity or container noun whose of-phrase names the thing ("a package of sanctions"). */
  static boolean isQuantity(Token t) {
    return QUANTITY.contains(lemma(t));
  }

  /** How an object can match a row's object list: its lemma, then "@person" for a named person. */
  /**
   * Keys for a verb whose object matched no row, from the rest of its clause (the parser may take
   * "outside parliament" for an object): {@code subject:LEMMA} for its subject's head ("protesters
   * gathered": subject:protester, through "thousands of protesters" too), {@code to:LEMMA} for the
   * head of its to-phrase ("took to the streets": to:street) and {@code xcomp:LEMMA} for its open
   * complement ("vowed to respond": xcomp:respond).
   */
  private static List<String> clauseKeys(DependencyGraph g, int verb) {
    List<String> keys = new ArrayList<>();
    for (int s : g.enhancedChildren(verb, r -> r.equals("nsubj"))) {
      keys.add("subject:" + lemma(g.token(s)));
      if (QUANTITY.contains(lemma(g.token(s))) || g.token(s).pos().equals("NNS")) {
        for (int of : g.enhancedChildren(s, r -> r.equals("nmod:of"))) {
          keys.add("subject:" + lemma(g.token(of))); // "thousands of protesters"
        }
      }
    }
    for (String prep : PredicateLexicon.CLAUSE_PREPOSITIONS) { // "took to the streets"
      for (int t : g.enhancedChildren(verb, r -> r.equals("obl:" + prep))) {
        keys.add(prep + ":" + lemma(g.token(t)));
      }
    }
    // "pulled out of the deal", "withdrew from the treaty": out of is from
    for (int t : g.enhancedChildren(verb, r -> r.equals("obl:out_of") || r.equals("obl:of"))) {
      keys.add("from:" + lemma(g.token(t)));
    }
    for (int x : g.childrenByRelation(verb, "xcomp")) { // "vowed to respond"
      keys.add("xcomp:" + lemma(g.token(x)));
    }
    return keys;
  }

  /**
   * An object's keys, where "military/financial/... support" is first read as assistance: backing
   * that is material is aid ("offered military support": intent to give aid, not praise).
   */
  private static List<String> objectKeys(DependencyGraph g, int o) {
    boolean material =
        SUPPORT_NOUNS.contains(lemma(g.token(o)))
            && g.childrenByRelation(o, "amod").stream()
                .anyMatch(a -> MATERIAL.contains(lemma(g.token(a))));
    List<String> keys = new ArrayList<>(material ? List.of("assistance") : List.of());
    keys.addAll(objectKeys(g.token(o)));
    return keys;
  }

  private static final Set<String> SUPPORT_NOUNS = Set.of("support", "backing");

  private static final Set<String> MATERIAL =
      Set.of("military", "financial", "economic", "humanitarian", "material", "logistical");

  private static List<String> objectKeys(Token object) {
    return object.ner().equals("PERSON")
        ? List.of(lemma(object), "@person")
        : List.of(lemma(object));
  }

  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
