package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.resolve.actors.TestPhrases.phrase;

import java.time.LocalDate;
import org.eventwire.model.ActorRef;
import org.junit.jupiter.api.Test;

/** Courts, police and lawmakers placed by a country adjective or a trailing "in X" / "of X". */
class PlaceQualifiedBodiesTest {

  private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 9);

  private final DictionaryActorResolver resolver =
      DictionaryActorResolver.withDefaultKnowledgeBase();

  private String code(String text) {
    return resolver.resolve(phrase(text), JUNE_2022).stream()
        .map(ActorRef::code)
        .findFirst()
        .orElse(null);
  }

  @Test
  void aCourtPlacedByATrailingCountryIsThatCountrysJudiciary() {
    assertThat(code("a court in Ghana")).isEqualTo("GHAJUD");
    assertThat(code("a regional court in southern Chile")).isEqualTo("CHLJUD");
    assertThat(code("the Supreme Court of Kenya")).isEqualTo("KENJUD");
  }

  @Test
  void aCourtNamedByACountryAdjectiveIsThatCountrysJudiciary() {
    assertThat(code("a Moroccan court")).isEqualTo("MARJUD");
    assertThat(code("Peru's constitutional court")).isEqualTo("PERJUD");
  }

  @Test
  void policeAndLawmakersInACountryBelongToIt() {
    assertThat(code("police in Bolivia")).isEqualTo("BOLCOP");
    assertThat(code("lawmakers in Nepal")).isEqualTo("NPLLEG");
    assertThat(code("opposition lawmakers in Serbia")).isEqualTo("SRBOPP");
  }
}
