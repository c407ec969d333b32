package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.Phrase;
import org.junit.jupiter.api.Test;

class FlagStatesTest {
  private static final Map<String, String> COUNTRIES =
      Map.of("Liberia", "LBR", "Marshall Islands", "MHL", "Islands", "XXX");

  /** A small fake: knows three names, nothing else. */
  private final ActorResolver resolver =
      (phrase, date) ->
          COUNTRIES.containsKey(phrase.text())
              ? List.of(
                  new ActorRef(
                      phrase.text(),
                      phrase.text(),
                      COUNTRIES.get(phrase.text()),
                      null,
                      null,
                      COUNTRIES.get(phrase.text())))
              : List.of();

  private final FlagStates flags = new FlagStates(resolver);

  private static Phrase phrase(String... words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), w, w, pos, "O", at, at + w.length()));
      at += w.length() + 1;
    }
    return new Phrase(String.join(" ", words), tokens, tokens.size() - 1);
  }

  @Test
  void aShipFlaggedInACountryIsThatCountrys() {
    List<ActorRef> found = flags.of(phrase("a", "Liberia-flagged", "tanker"), null);
    assertThat(found).extracting(ActorRef::country).containsExactly("LBR");
    assertThat(found.get(0).text()).isEqualTo("a Liberia-flagged tanker");
  }

  @Test
  void theLongestNameBeforeTheFlagWins() {
    assertThat(flags.of(phrase("the", "Marshall", "Islands-flagged", "freighter"), null))
        .extracting(ActorRef::country)
        .containsExactly("MHL");
  }

  @Test
  void aPhraseWithoutAFlagOrWithAnUnknownFlagNamesNoState() {
    assertThat(flags.of(phrase("a", "large", "tanker"), null)).isEmpty();
    assertThat(flags.of(phrase("a", "Narnia-flagged", "tanker"), null)).isEmpty();
  }
}
