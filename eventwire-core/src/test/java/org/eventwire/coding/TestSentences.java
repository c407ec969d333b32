package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.Token;

/** Hand-built parses for unit tests of the coder's passes, without CoreNLP. */
final class TestSentences {
  private TestSentences() {}

  /** Builds a sentence from "word/lemma/TAG" items and "gov>dep:rel" edges (basic = enhanced). */
  static ParsedSentence sentence(String tokens, String... edges) {
    List<Token> ts = new ArrayList<>();
    int at = 0;
    for (String item : tokens.split(" ")) {
      String[] p = item.split("/");
      ts.add(new Token(ts.size(), p[0], p[1], p[2], "O", at, at + p[0].length()));
      at += p[0].length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (String e : edges) {
      String[] p = e.split("[>:]", 3);
      deps.add(new Dependency(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]));
    }
    return new ParsedSentence(0, 0, at, tokens, ts, deps, deps, List.of());
  }
}
