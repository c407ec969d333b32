package org.eventwire.resolve.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static boolean found(String text, String phrase) {
    return Words.contains(Words.of(text), Words.phrase(phrase));
  }

  @Test
  void aPhraseMatchesItsWordsInOrderAndNotApart() {
    assertThat(found("the ship-to-ship transfer of oil", "ship to ship transfer")).isTrue();
    assertThat(found("a transfer from ship to ship", "ship to ship transfer")).isFalse();
  }

  @Test
  void phraseWordsMatchTheirRegularPluralsOnly() {
    assertThat(found("two tankers were seized", "tanker")).isTrue();
    assertThat(found("new export taxes", "tax")).isTrue();
    assertThat(found("the parties met", "party")).isTrue();
    assertThat(found("a tankerman spoke", "tanker")).isFalse();
    assertThat(found("the taxis left", "tax")).isFalse();
    assertThat(found("the part was lost", "party")).isFalse();
    assertThat(found("tank", "tanker")).isFalse();
  }

  @Test
  void aTrailingStarMatchesAnyWordItBegins() {
    assertThat(found("the sanctioned bank", "sanction*")).isTrue();
    assertThat(found("the sanction", "sanction*")).isTrue();
    assertThat(found("sanity", "sanction*")).isFalse();
  }

  @Test
  void wordsAreLowerCasedWithoutAccentsOrPossessives() {
    assertThat(Words.of("Kim Jong-un's Cho'ngsong Société"))
        .isEqualTo(List.of("kim", "jong", "un", "chongsong", "societe"));
  }
}
