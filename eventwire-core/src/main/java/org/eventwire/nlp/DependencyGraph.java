package org.eventwire.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Navigation over one sentence's dependencies: the basic tree (heads, subtrees) and the enhanced
 * graph (typed edges with propagated conjuncts and controlled subjects).
 */
public final class DependencyGraph {
  private final ParsedSentence sentence;
  private final int[] head;
  private final String[] headRelation;
  private final List<List<Dependency>> basicChildren;
  private final List<List<Dependency>> enhancedChildren;
  private final List<List<Dependency>> enhancedParents;

  public DependencyGraph(ParsedSentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    headRelation = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(headRelation, "root");
    basicChildren = lists(n);
    enhancedChildren = lists(n);
    enhancedParents = lists(n);
    for (Dependency d : sentence.basic()) {
      if (d.governor() >= 0 && d.dependent() < n) {
        head[d.dependent()] = d.governor();
        headRelation[d.dependent()] = d.relation();
        basicChildren.get(d.governor()).add(d);
      }
    }
    for (Dependency d : sentence.enhanced()) {
      if (d.governor() >= 0 && d.dependent() < n && d.governor() < n) {
        enhancedChildren.get(d.governor()).add(d);
        enhancedParents.get(d.dependent()).add(d);
      }
    }
  }

  private static List<List<Dependency>> lists(int n) {
    List<List<Dependency>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  public ParsedSentence sentence() {
    return sentence;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  public int size() {
    return head.length;
  }

  /** Head of {@code i} in the basic tree, or -1 for the root. */
  public int head(int i) {
    return head[i];
  }

  /** Relation of {@code i} to its head in the basic tree ("root" for the root). */
  public String relation(int i) {
    return headRelation[i];
  }

  /** {@link #relation} without its subtype: {@code obl:in} gives {@code obl}. */
  public String baseRelation(int i) {
    String r = headRelation[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  /** Basic-tree children of {@code i}. */
  public List<Dependency> children(int i) {
    return basicChildren.get(i);
  }

  /** Enhanced-graph children of {@code i} whose relation satisfies {@code relation}. */
  public List<Integer> enhancedChildren(int i, Predicate<String> relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : enhancedChildren.get(i)) {
      if (relation.test(d.relation())) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** All enhanced edges entering {@code i}. */
  public List<Dependency> enhancedIn(int i) {
    return enhancedParents.get(i);
  }

  /** Basic-tree children of {@code i} with exactly this relation (or its subtypes). */
  public List<Integer> childrenByRelation(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : basicChildren.get(i)) {
      if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * The token indices of {@code i}'s subtree in the basic tree, in order, leaving out children
   * whose relation {@code cut} rejects (and their subtrees).
   */
  public List<Integer> subtree(int i, Predicate<String> cut) {
    List<Integer> out = new ArrayList<>();
    collect(i, cut, out);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int i, Predicate<String> cut, List<Integer> out) {
    out.add(i);
    for (Dependency d : basicChildren.get(i)) {
      if (!cut.test(d.relation())) {
        collect(d.dependent(), cut, out);
      }
    }
  }

  /** The chain of basic-tree heads above {@code i}, nearest first. */
  public List<Integer> ancestors(int i) {
    List<Integer> out = new ArrayList<>();
    int h = head[i];
    while (h >= 0 && out.size() < head.length) {
      out.add(h);
      h = head[h];
    }
    return out;
  }
}
