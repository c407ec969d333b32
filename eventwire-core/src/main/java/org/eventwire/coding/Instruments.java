package org.eventwire.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * The weapon an attack was carried out with says its kind: "was blown up by a missile" is an aerial
 * attack (CAMEO 195), not a bombing (183). Weapons and their codes are a data file
 * (coding/instruments.tsv); only attacks of no particular kind (190) or unconventional bombings
 * (18x) are recoded.
 */
final class Instruments {
  static final String RESOURCE = "eventwire/coding/instruments.tsv";

  /** A weapon's CAMEO code and PLOVER mode. */
  record Kind(String cameo, String mode) {}

  private final Map<String, Kind> byLemma;

  Instruments(Map<String, Kind> byLemma) {
    this.byLemma = Map.copyOf(byLemma);
  }

  static Instruments loadDefault() {
    return new Instruments(load());
  }

  /**
   * The entry recoded by the weapon among the passive agents or with-phrases of the trigger, or the
   * entry itself.
   */
  PredicateEntry recode(DependencyGraph g, Trigger t, List<Integer> agents, boolean passive) {
    PredicateEntry e = t.entry();
    boolean general = e.cameo().equals("190") || e.cameo().startsWith("18");
    if (e.type() != PloverType.ASSAULT || !general) {
      return e;
    }
    List<Integer> heads = new java.util.ArrayList<>(passive ? agents : List.of());
    heads.addAll(g.enhancedChildren(t.token(), r -> r.equals("obl:with")));
    for (int h : heads) {
      Kind k = byLemma.get(PredicateFinder.lemma(g.token(h)));
      if (k != null) {
        return e.recoded(
            e.type(),
            k.mode(),
            k.cameo(),
            "with " + g.token(h).word() + ": " + k.cameo() + " (instruments.tsv)");
      }
    }
    return e;
  }

  static Map<String, Kind> load() {
    Map<String, Kind> out = new HashMap<>();
    for (String line : PredicateFinder.loadWordList(RESOURCE)) {
      String[] c = line.split("\t");
      if (c[0].equals("lemma")) {
        continue; // the header row
      }
      if (c.length != 3 || !c[1].matches("19\\d")) {
        throw new IllegalStateException(RESOURCE + ": want 'lemma<TAB>19x<TAB>mode', got: " + line);
      }
      out.put(c[0], new Kind(c[1], c[2]));
    }
    return out;
  }
}
