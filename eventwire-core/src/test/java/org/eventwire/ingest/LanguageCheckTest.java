package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {
  private final LanguageCheck check = new LanguageCheck();

  @Test
  void englishNewsProsePasses() {
    String text =
        "The two governments said on Monday that they would reopen the border crossing after the "
            + "road was repaired, and that trucks carrying grain could return by the end of the month.";

    assertThat(check.problem(text)).isEmpty();
  }

  @Test
  void spanishProseIsRefused() {
    String text =
        "Los gobiernos de los dos países anunciaron el lunes que volverán a abrir el paso "
            + "fronterizo cuando termine la reparación del camino y que los camiones con granos "
            + "podrán circular antes de fin de mes según las autoridades locales.";

    assertThat(check.problem(text)).hasValueSatisfying(p -> assertThat(p).contains("English"));
  }

  @Test
  void germanProseIsRefused() {
    String text =
        "Die beiden Regierungen erklärten am Montag, dass der Grenzübergang nach der Reparatur "
            + "der Straße wieder geöffnet wird und Lastwagen mit Getreide bis Ende des Monats "
            + "zurückkehren können, teilten die Behörden mit.";

    assertThat(check.problem(text)).isPresent();
  }

  @Test
  void textInANonLatinScriptIsRefused() {
    String text = "两国政府星期一表示，道路修复后将重新开放边境口岸，运送粮食的卡车可以在月底前恢复通行。";

    assertThat(check.problem(text)).hasValueSatisfying(p -> assertThat(p).contains("non-Latin"));
  }

  @Test
  void shortTextsPassWhateverTheirLanguage() {
    assertThat(check.problem("Hola, buenos días a todos.")).isEmpty();
  }
}
