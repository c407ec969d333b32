package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Casualty reports name the attack by its victims ("four children were killed in Israeli tank
 * shelling", "eight people died in an air strike by government forces"): the casualty verb is coded
 * as the attack its phrase names, with the attack's owner as actor and the casualties as
 * recipients, and the attack word gives no second record. Casualty verbs are listed in {@code
 * eventwire/coding/casualty-verbs.txt}.
 */
final class Casualties {
  /** Where the attack hangs on the casualty verb: "killed in / by / during shelling". */
  private static final Set<String> CAUSE_CASES = Set.of("in", "by", "agent", "during", "from");

  /** Modifiers of the attack phrase that can name its owner ("Israeli", "the army's"). */
  private static final Set<String> OWNER =
      Set.of("amod", "compound", "nmod:poss", "nsubj", "nmod:by", "nmod:agent");

  /** The casualties: passive subject ("were killed"), object ("killed two"), subject ("died"). */
  private static final List<String> VICTIM = List.of("nsubj:pass", "obj", "nsubj");

  private final Set<String> verbs;

  Casualties(Set<String> verbs) {
    this.verbs = Set.copyOf(verbs);
  }

  static Casualties loadDefault() {
    return new Casualties(PredicateFinder.loadWordList("eventwire/coding/casualty-verbs.txt"));
  }

  /**
   * The triggers with each casualty verb that names its attack coded as that attack, in place of
   * the verb's own row and of the attack word's trigger.
   */
  List<Trigger> retarget(DependencyGraph g, List<Trigger> triggers) {
    List<Trigger> out = new ArrayList<>(triggers);
    for (int v = 0; v < g.size(); v++) {
      Trigger attack = attack(g, v, triggers);
      if (attack != null) {
        int verb = v;
        out.removeIf(t -> t.token() == verb || t.token() == attack.token());
        out.add(new Trigger(v, attack.entry(), attack.token(), false));
      }
    }
    out.sort((a, b) -> Integer.compare(a.token(), b.token()));
    return out;
  }

  /**
   * For a casualty verb coded as its attack: the attack's owners as actors and the casualties as
   * recipients; else the heads as found.
   */
  ArgumentFinder.Heads heads(DependencyGraph g, Trigger t, ArgumentFinder.Heads found) {
    int v = t.token();
    int phrase = retargeted(g, t) ? causePhrase(g, v, t.object()) : -1;
    if (phrase < 0) {
      return found;
    }
    List<Integer> owners = new ArrayList<>(g.enhancedChildren(phrase, OWNER::contains));
    owners.addAll(g.enhancedChildren(v, r -> r.equals("obl:agent")));
    owners.add(phrase); // "in Russian shelling" parsed with "Russian" as the head
    owners.removeIf(o -> !isOwnerWord(g, o) && !ownsByRelation(g, o));
    List<Integer> victims = new ArrayList<>();
    for (String rel : VICTIM) {
      if (victims.isEmpty()) {
        victims.addAll(g.enhancedChildren(v, r -> r.equals(rel)));
        victims.remove(Integer.valueOf(phrase));
      }
    }
    return new ArgumentFinder.Heads(
        owners.stream().distinct().toList(), victims, false, "casualty-attack");
  }

  /** The one-sided attack a casualty verb names, as a trigger of the sentence, or null. */
  private Trigger attack(DependencyGraph g, int v, List<Trigger> triggers) {
    if (!isCasualtyVerb(g, v) || g.relation(v).startsWith("acl")) {
      return null; // "an attack that killed 26": the attack noun is coded in its own clause
    }
    for (Trigger t : triggers) {
      boolean oneSided =
          !t.entry().recipientSlots().contains("with")
              && !t.entry().recipientSlots().contains("between");
      if (t.token() != v
          && t.entry().type() == PloverType.ASSAULT
          && oneSided
          && causePhrase(g, v, t.token()) >= 0
          && !hasOwnAttacker(g, v, causePhrase(g, v, t.token()))) {
        return t;
      }
    }
    return null;
  }

  /**
   * True when a transitive casualty verb has a subject other than its attack phrase ("guerrillas
   * wounded two soldiers in a bomb attack": the subject struck); the subject of an intransitive one
   * is a victim ("eight people died in an air strike").
   */
  private static boolean hasOwnAttacker(DependencyGraph g, int v, int phrase) {
    return !g.enhancedChildren(v, r -> r.equals("obj")).isEmpty()
        && g.enhancedChildren(v, r -> r.equals("nsubj")).stream().anyMatch(s -> s != phrase);
  }

  private boolean isCasualtyVerb(DependencyGraph g, int v) {
    return g.token(v).isVerb() && verbs.contains(PredicateFinder.lemma(g.token(v)));
  }

  /** The cause phrase of verb {@code v} that holds the attack word {@code word}, or -1. */
  private static int causePhrase(DependencyGraph g, int v, int word) {
    for (int h : g.enhancedChildren(v, Casualties::isCause)) {
      if (attackWords(g, h).contains(word)) {
        return h;
      }
    }
    return -1;
  }

  /** A casualty verb coded as the attack word it holds as its trigger's object. */
  private boolean retargeted(DependencyGraph g, Trigger t) {
    return t.object() >= 0
        && isCasualtyVerb(g, t.token())
        && PredicateFinder.lemma(g.token(t.object())).equals(t.entry().lemma());
  }

  /** The subject ("shelling killed two") or an in-, by-, during- or from-phrase of the verb. */
  private static boolean isCause(String relation) {
    int colon = relation.indexOf(':');
    String base = colon < 0 ? relation : relation.substring(0, colon);
    String kase = colon < 0 ? "" : relation.substring(colon + 1);
    return relation.equals("nsubj")
        || (base.equals("obl") || base.equals("advcl")) && CAUSE_CASES.contains(kase);
  }

  /** The phrase head and its modifiers: the tagger often makes "shelling" a modifier. */
  private static List<Integer> attackWords(DependencyGraph g, int phrase) {
    List<Integer> out = new ArrayList<>(List.of(phrase));
    out.addAll(g.enhancedChildren(phrase, r -> r.equals("amod") || r.equals("compound")));
    return out;
  }

  /** An adjective or a name: "Israeli", "Russian", "Hamas". */
  private static boolean isOwnerWord(DependencyGraph g, int i) {
    String pos = g.token(i).pos();
    return pos.equals("JJ") || pos.startsWith("NNP");
  }

  /** A possessor or by-phrase: "the army's shelling", "an air strike by government forces". */
  private static boolean ownsByRelation(DependencyGraph g, int i) {
    return g.enhancedIn(i).stream()
        .anyMatch(
            d ->
                d.relation().equals("nmod:poss")
                    || d.relation().endsWith(":by")
                    || d.relation().endsWith(":agent"));
  }
}
