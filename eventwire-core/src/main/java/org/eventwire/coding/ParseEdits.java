package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.ParsedSentence;

/**
 * Edge moves for the parse repairs ({@link ParseRepairs}, {@link ClauseRepairs}), applied to copies
 * of the sentence's basic tree and enhanced graph, and the basic-tree lookups they test with.
 */
final class ParseEdits {
  /** Relations of auxiliaries and copulas: a participle with one heads a real clause. */
  static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");

  private final ParsedSentence s;
  private final List<Dependency> basic;
  private final List<Dependency> enhanced;

  ParseEdits(ParsedSentence s) {
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

  /**
   * In the enhanced graph, {@code verb}'s subject {@code from} is replaced by {@code to} (also as
   * the controlled subject of its open complements), and the verb stops being any clause's
   * complement: it now hangs where {@link #move} put it.
   */
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

  /**
   * {@code verb} gets {@code subject} as its subject in the enhanced graph and stops being an open
   * complement of {@code formerGovernor} there.
   */
  void subjectFrom(int verb, int subject, int formerGovernor) {
    enhanced.removeIf(
        d ->
            d.dependent() == verb
                && d.governor() == formerGovernor
                && d.relation().equals("xcomp"));
    enhanced.add(new Dependency(verb, subject, "nsubj"));
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

  static Dependency basicHead(ParsedSentence s, int dep) {
    for (Dependency d : s.basic()) {
      if (d.dependent() == dep) {
        return d.governor() < 0 ? null : d;
      }
    }
    return null;
  }

  static boolean has(ParsedSentence s, int gov, java.util.function.Predicate<String> relation) {
    return !children(s, gov, relation).isEmpty();
  }

  static List<Integer> children(
      ParsedSentence s, int gov, java.util.function.Predicate<String> relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.basic()) {
      if (d.governor() == gov && relation.test(d.relation())) {
        out.add(d.dependent());
      }
    }
    return out;
  }
}
