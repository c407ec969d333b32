package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  // "Chile recalled its ambassador" : recalled <- nsubj Chile, obj ambassador <- nmod:poss its
  private static final ParsedSentence SENTENCE =
      new ParsedSentence(
          0,
          0,
          29,
          "Chile recalled its ambassador",
          List.of(
              new Token(0, "Chile", "Chile", "NNP", "LOCATION", 0, 5),
              new Token(1, "recalled", "recall", "VBD", "O", 6, 14),
              new Token(2, "its", "its", "PRP$", "O", 15, 18),
              new Token(3, "ambassador", "ambassador", "NN", "O", 19, 29)),
          List.of(
              new Dependency(-1, 1, "root"),
              new Dependency(1, 0, "nsubj"),
              new Dependency(1, 3, "obj"),
              new Dependency(3, 2, "nmod:poss")),
          List.of(
              new Dependency(1, 0, "nsubj"),
              new Dependency(1, 3, "obj"),
              new Dependency(3, 2, "nmod:poss")),
          List.of());

  @Test
  void headsRelationsAndAncestorsFollowTheBasicTree() {
    DependencyGraph g = new DependencyGraph(SENTENCE);
    assertThat(g.head(2)).isEqualTo(3);
    assertThat(g.relation(3)).isEqualTo("obj");
    assertThat(g.relation(1)).isEqualTo("root");
    assertThat(g.ancestors(2)).containsExactly(3, 1);
  }

  @Test
  void aSubtreeCanLeaveOutRelations() {
    DependencyGraph g = new DependencyGraph(SENTENCE);
    assertThat(g.subtree(1, r -> false)).containsExactly(0, 1, 2, 3);
    assertThat(g.subtree(1, r -> r.equals("obj"))).containsExactly(0, 1);
  }

  @Test
  void enhancedChildrenAreFilteredByRelation() {
    DependencyGraph g = new DependencyGraph(SENTENCE);
    assertThat(g.enhancedChildren(1, r -> r.startsWith("nsubj"))).containsExactly(0);
    assertThat(g.childrenByRelation(3, "nmod")).containsExactly(2);
  }
}
