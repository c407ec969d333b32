package org.eventwire.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.nlp.DependencyGraph;

/**
 * A reaction told in a relative clause on a noun that sums up the clause before it: "Russia
 * expelled two diplomats, a move Chisinau condemned", "the army closed the crossing, a step the EU
 * criticised". The summing noun (act-nouns.txt, after a comma and an article) is no party: the
 * reaction is aimed at the subject of the clause it sums up. The parser hangs such nouns in several
 * ways (as the reacting verb's object, as a second subject, or as an appositive), so the noun is
 * found by its words and the clause by walking up from the word before the comma.
 */
final class SummaryClauses {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "this", "that");

  private final Set<String> actNouns;

  SummaryClauses(Set<String> actNouns) {
    this.actNouns = Set.copyOf(actNouns);
  }

  static SummaryClauses loadDefault() {
    return new SummaryClauses(PredicateFinder.loadWordList("eventwire/coding/act-nouns.txt"));
  }

  /**
   * The summing noun that the predicate reacts to, as its subject or object, or -1: an act noun
   * before the predicate, right after ", a".
   */
  int noun(DependencyGraph g, int predicate) {
    List<Integer> args =
        g.enhancedChildren(predicate, r -> r.equals("obj") || r.startsWith("nsubj"));
    for (int n : args) {
      if (n < predicate && n >= 2 && summing(g, n)) {
        return n;
      }
    }
    int head = g.head(predicate); // "a move Chisinau condemned" hung as a relative clause
    boolean relative =
        g.relation(predicate).startsWith("acl") || g.relation(predicate).equals("dep");
    return relative && head >= 2 && head < predicate && summing(g, head) ? head : -1;
  }

  /** True when the word is an act noun right after a comma and an article: ", a move". */
  boolean summing(DependencyGraph g, int n) {
    String lemma = g.token(n).lemma().toLowerCase(Locale.ROOT);
    int det = n - 1;
    while (det > 0 && g.token(det).pos().startsWith("JJ")) {
      det--; // ", a controversial move"
    }
    return actNouns.contains(lemma)
        && det >= 1
        && ARTICLES.contains(g.token(det).word().toLowerCase(Locale.ROOT))
        && g.token(det - 1).word().equals(",");
  }

  /**
   * The subjects of the clause the noun sums up: from the word before the comma, up through its
   * heads while they stand before the comma, to the highest verb.
   */
  List<Integer> summedSubjects(DependencyGraph g, int noun) {
    int comma = noun - 1;
    while (!g.token(comma).word().equals(",")) {
      comma--;
    }
    int verb = -1;
    for (int at = comma - 1; at >= 0 && at < comma; at = g.head(at)) {
      if (g.token(at).isVerb()) {
        verb = at;
      }
      if (g.head(at) < 0) {
        break;
      }
    }
    if (verb < 0) {
      return List.of();
    }
    List<Integer> subjects =
        g.enhancedChildren(verb, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"));
    return subjects.isEmpty()
        ? g.enhancedChildren(verb, r -> r.equals("obl:agent") || r.equals("obl:by"))
        : subjects;
  }
}
