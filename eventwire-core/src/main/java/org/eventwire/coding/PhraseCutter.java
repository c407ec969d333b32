package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.Phrase;

/**
 * Cuts the phrase of an argument head out of its sentence: the head and its modifiers, without
 * conjuncts, clauses or punctuation.
 */
final class PhraseCutter {
  private static final Set<String> CUT =
      Set.of("conj", "cc", "acl", "acl:relcl", "parataxis", "advcl", "punct", "dep", "ref");

  /** Clauses inside a phrase's modifiers are not part of the name ("efforts to counter X"). */
  private static final Set<String> CLAUSES =
      Set.of("acl", "acl:relcl", "parataxis", "advcl", "ref", "dep");

  private final String text;

  PhraseCutter(String text) {
    this.text = text;
  }

  /**
   * A name the parser split ("the Collective Security | Treaty Organization", the rest hung as
   * {@code dep}): a dependent that starts right after the head and carries the head's name tag, or
   * is all proper nouns when the tagger gave none.
   */
  private static boolean sameName(DependencyGraph g, int head, org.eventwire.nlp.Dependency d) {
    String ner = g.token(head).ner();
    if (!d.relation().equals("dep") || !g.token(head).isNoun()) {
      return false;
    }
    List<Integer> rest = g.subtree(d.dependent(), r -> false);
    boolean name =
        rest.stream()
            .allMatch(
                i -> ("O".equals(ner) ? g.token(i).isProperNoun() : g.token(i).ner().equals(ner)));
    return name && rest.stream().mapToInt(Integer::intValue).min().orElse(-1) == head + 1;
  }

  /** The phrase headed by token {@code head} of {@code g}. */
  Phrase phrase(DependencyGraph g, int head) {
    List<Integer> idx = new ArrayList<>(List.of(head));
    for (var d : g.children(head)) {
      boolean trailingParticiple = // "a commander accused of ...": a clause, not a name
          d.relation().equals("amod")
              && d.dependent() > head
              && g.token(d.dependent()).pos().equals("VBN");
      boolean keep = !CUT.contains(d.relation()) || sameName(g, head, d);
      if (keep && !d.relation().startsWith("conj") && !trailingParticiple) {
        idx.addAll(g.subtree(d.dependent(), r -> CLAUSES.contains(r) || r.startsWith("acl")));
      }
    }
    idx.sort(Integer::compare);
    List<Token> tokens = new ArrayList<>();
    int headPos = 0;
    for (int i : idx) {
      if (i == head) {
        headPos = tokens.size();
      }
      tokens.add(g.token(i));
    }
    String s = text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    return new Phrase(s, tokens, headPos);
  }
}
