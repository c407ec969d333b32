package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference gold set is well formed: every mention can be found and has a valid code. */
class ReferenceGoldTest {
  private final ReferenceGold gold = ReferenceGold.load();

  @Test
  void theGoldSetHoldsAtLeastEightyMentionsOfEveryKind() {
    assertThat(gold.mentions()).hasSizeGreaterThanOrEqualTo(80);
    Set<String> kinds = new HashSet<>();
    gold.mentions().forEach(m -> kinds.add(m.kind()));
    assertThat(kinds).isEqualTo(ReferenceGold.KINDS);
  }

  @Test
  void everyMentionOccursInItsSentenceAndNamesAKnownKindAndCodes() {
    for (ReferenceGold.Mention m : gold.mentions()) {
      assertThat(gold.span(m)).as(m.describe() + " not found in its sentence").isNotNull();
      assertThat(ReferenceGold.KINDS).as(m.describe()).contains(m.kind());
      assertThat(m.expected()).as(m.describe()).allMatch(c -> c.matches("[A-Z]{3}([A-Z]{3}){0,3}"));
    }
  }

  @Test
  void everyCaseHasTwoToFiveSentencesEndingInAFullStopAndAtLeastOneMention() {
    for (ReferenceGold.Case c : gold.cases().values()) {
      assertThat(c.sentences()).as(c.id()).hasSizeBetween(2, 5);
      assertThat(c.sentences()).as(c.id()).allMatch(s -> s.endsWith("."));
      assertThat(gold.mentions()).as(c.id()).anyMatch(m -> m.caseId().equals(c.id()));
    }
  }

  @Test
  void noTwoMentionsShareASpan() {
    Set<List<Object>> seen = new HashSet<>();
    for (ReferenceGold.Mention m : gold.mentions()) {
      int[] s = gold.span(m);
      assertThat(seen.add(List.of(m.caseId(), s[0], s[1]))).as(m.describe()).isTrue();
    }
  }

  @Test
  void theScorerCountsAnExactCodeSetAsRightAndAnythingElseAsWrong() {
    ReferenceGold.Mention m = gold.mentions().get(0);
    int[] s = gold.span(m);
    List<String> want = List.copyOf(m.expected());
    var right = new MentionDecision(m.sentence(), s[0], s[1], m.text(), want, "test");
    var wrong = new MentionDecision(m.sentence(), s[0], s[1], m.text(), List.of("XXX"), "test");
    ReferenceScorer scorer = new ReferenceScorer(gold);
    assertThat(scorer.score(Map.of(m.caseId(), List.of(right))).get(0).right()).isTrue();
    assertThat(scorer.score(Map.of(m.caseId(), List.of(wrong))).get(0).right()).isFalse();
    assertThat(scorer.score(Map.of()).get(0).decision()).isNull();
  }
}
