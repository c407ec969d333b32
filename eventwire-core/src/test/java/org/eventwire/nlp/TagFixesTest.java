package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagFixesTest {
  private final TagFixes fixes = new TagFixes(TagFixes.load());

  @Test
  void aShipsFlagCompoundIsAnAdjectiveWhateverTheTaggerSaid() {
    assertThat(fixes.fixedTag("Islands-flagged")).isEqualTo("JJ");
    assertThat(fixes.fixedTag("Panama-Flagged")).isEqualTo("JJ");
    assertThat(fixes.fixedTag("Liberia-registered")).isEqualTo("JJ");
  }

  @Test
  void otherWordsAndTheBareSuffixKeepTheirTag() {
    assertThat(fixes.fixedTag("flagged")).isNull();
    assertThat(fixes.fixedTag("-flagged")).isNull();
    assertThat(fixes.fixedTag("Iran-backed")).isNull();
  }

  @Test
  void aTableOfOtherSuffixesAppliesThose() {
    TagFixes own = new TagFixes(Map.of("-ist", "NN"));
    assertThat(own.fixedTag("Maoist")).isNull();
    assertThat(own.fixedTag("pro-ist")).isEqualTo("NN");
    assertThat(own.fixedTag("Islands-flagged")).isNull();
  }

  @Test
  void theFirstVerbRightAfterADayIsPastTenseNotAParticiple() {
    List<String> words =
        List.of("The", "Treasury", "on", "Thursday", "blacklisted", "the", "minister");
    List<String> tags = List.of("DT", "NNP", "IN", "NNP", "VBN", "DT", "NN");
    assertThat(TagFixes.pastAfterWeekday(words, tags)).containsExactly(4);
  }

  @Test
  void aParticipleAfterADayWithAVerbBeforeItStaysAParticiple() {
    List<String> words = List.of("He", "was", "on", "Monday", "arrested");
    List<String> tags = List.of("PRP", "VBD", "IN", "NNP", "VBN");
    assertThat(TagFixes.pastAfterWeekday(words, tags)).isEmpty();
    List<String> notDay = List.of("The", "Treasury", "on", "Thursday", "list", "reported");
    assertThat(TagFixes.pastAfterWeekday(notDay, List.of("DT", "NNP", "IN", "NNP", "NN", "VBN")))
        .isEmpty();
  }

  @Test
  void militaryAfterAPossessiveBeforeAPastVerbIsTheNoun() {
    List<String> words = List.of("Chad", "'s", "military", "accused", "Sudan");
    assertThat(TagFixes.militaryAfterPossessive(words, List.of("NNP", "POS", "JJ", "VBN", "NNP")))
        .isEqualTo(2);
    List<String> adjective = List.of("Chad", "'s", "military", "leaders", "met");
    assertThat(
            TagFixes.militaryAfterPossessive(adjective, List.of("NNP", "POS", "JJ", "NNS", "VBD")))
        .isEqualTo(-1);
  }

  @Test
  void aPairRowTagsTheFirstWordOnlyBeforeItsPartner() {
    assertThat(fixes.pairTag("warning", "shots")).isEqualTo("NN");
    assertThat(fixes.pairTag("warning", "that")).isNull();
    assertThat(fixes.fixedTag("warning")).isNull();
  }
}
