package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fallback actor heads the coder tries when the actor heads resolve to nobody. */
class ArgumentFallbackTest {
  private final ArgumentFinder finder = new ArgumentFinder(ClaimCues.loadDefault());

  private static final PredicateEntry MEET =
      new PredicateEntry(
          "hold",
          PredicateEntry.Pos.VERB,
          null,
          Set.of(),
          PloverType.CONSULT,
          null,
          "040",
          List.of("with"),
          List.of(),
          "test row",
          1);

  /** A graph from "word/lemma/TAG" items and space-separated "gov>dep:rel" edges. */
  private static DependencyGraph graph(String tokens, String edges) {
    return new DependencyGraph(TestSentences.sentence(tokens, edges.split(" ")));
  }

  /** The fallback heads for a meeting predicate at {@code trigger} with that object. */
  private List<Integer> fallback(DependencyGraph g, int trigger, int object) {
    Trigger t = new Trigger(trigger, MEET, object, false);
    return new FallbackActors(finder).heads(g, t, finder.find(g, t));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "after Norway's envoy, Erik Haugland, held talks" with the envoy hung on the verb: the
        // title before the comma is the named subject's appositive
        "title hung on the verb|after/after/IN Norway/Norway/NNP envoy/envoy/NN ,/,/,"
            + " Erik/Erik/NNP Haugland/Haugland/NNP ,/,/, held/hold/VBD talks/talk/NNS"
            + "|-1>7:root 7>2:obl 2>0:case 2>1:nmod:poss 7>5:nsubj 5>4:compound 7>8:obj|7|8|2",
        // "In Kabul, Erik Haugland held talks": a proper noun before the comma is no title
        "place before the comma|In/in/IN Kabul/Kabul/NNP ,/,/, Erik/Erik/NNP"
            + " Haugland/Haugland/NNP held/hold/VBD talks/talk/NNS"
            + "|-1>5:root 5>1:obl 1>0:case 5>4:nsubj 4>3:compound 5>6:obj|5|6|",
        // "Brazil adopted a motion condemning Venezuela": the motion gives way to Brazil
        "participle's noun|Brazil/Brazil/NNP adopted/adopt/VBD a/a/DT motion/motion/NN"
            + " condemning/condemn/VBG Venezuela/Venezuela/NNP"
            + "|-1>1:root 1>0:nsubj 1>3:obj 3>2:det 3>4:acl 4>5:obj|4|5|0",
      })
  void theFallbackHeadsAreTheOnesAnAnalystWouldTry(
      String name, String tokens, String edges, int trigger, int object, Integer expected) {
    List<Integer> found = fallback(graph(tokens, edges), trigger, object);
    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).containsExactly(expected);
    }
  }
}
