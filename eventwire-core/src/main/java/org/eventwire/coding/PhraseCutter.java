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

  /** The phrase headed by token {@code head} of {@code g}. */
  Phrase phrase(DependencyGraph g, int head) {
    List<Integer> idx = new ArrayList<>(List.of(head));
    for (var d : g.children(head)) {
      boolean trailingParticiple = // "a commander accused of ...": a clause, not a name
          d.relation().equals("amod")
              && d.dependent() > head
              && g.token(d.dependent()).pos().equals("VBN");
      if (!CUT.contains(d.relation()) && !d.relation().startsWith("conj") && !trailingParticiple) {
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
