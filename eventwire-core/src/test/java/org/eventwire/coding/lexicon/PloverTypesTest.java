package org.eventwire.coding.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PloverTypesTest {

  private final PloverTypes types = PloverTypes.loadDefault();

  @Test
  void everyPloverTypeHasDefaults() {
    for (PloverType type : PloverType.values()) {
      assertThat(types.info(type)).as(type.name()).isNotNull();
      assertThat(types.info(type).type()).isEqualTo(type);
    }
  }

  @Test
  void quadClassesFollowTheManualsGrouping() {
    assertThat(
            Arrays.stream(PloverType.values()).filter(t -> types.info(t).quadClass() == 1).toList())
        .containsExactly(
            PloverType.AGREE, PloverType.CONSULT, PloverType.SUPPORT, PloverType.CONCEDE);
    assertThat(types.info(PloverType.AID).quadClass()).isEqualTo(2);
    assertThat(types.info(PloverType.THREATEN).quadClass()).isEqualTo(3);
    assertThat(types.info(PloverType.SANCTION).quadClass()).isEqualTo(4);
  }

  @Test
  void cooperationScoresPositiveAndConflictNegative() {
    for (PloverType type : PloverType.values()) {
      PloverTypeInfo info = types.info(type);
      if (info.quadClass() <= 2) {
        assertThat(info.intensity()).as(type.name()).isPositive();
      } else if (type != PloverType.REQUEST) {
        assertThat(info.intensity()).as(type.name()).isNegative();
      }
    }
    assertThat(types.info(PloverType.ASSAULT).intensity()).isEqualTo(-9.0);
  }

  @Test
  void modesComeFromTheManualPlusDocumentedExtensions() {
    assertThat(types.info(PloverType.CONSULT).modes())
        .contains("visit", "phone", "third-party", "multilateral", "host", "meet");
    assertThat(types.info(PloverType.ASSAULT).modes()).contains("firearms", "aerial", "drone");
    assertThat(types.info(PloverType.AID).modes()).contains("military", "humanitarian");
    assertThat(types.info(PloverType.AGREE).modes()).isEmpty();
    assertThat(types.info(PloverType.CONSULT).allowsMode(null)).isTrue();
    assertThat(types.info(PloverType.CONSULT).allowsMode("firearms")).isFalse();
  }

  @Test
  void everyTypeAllowsEveryKnownContext() {
    assertThat(types.contexts()).contains("military", "economic", "cbrn", "migration", "labor");
    for (PloverType type : PloverType.values()) {
      assertThat(types.info(type).contexts()).isEqualTo(types.contexts());
    }
    assertThat(types.info(PloverType.AID).allowsContext("weather")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "010,1", "042,1", "0571,1", "057,1", "060,2", "0841,2", "087,2", "090,3", "112,3", "1384,3",
    "130,3", "140,4", "163,4", "173,4", "190,4", "2042,4"
  })
  void theQuadClassOfACameoCodeComesFromItsRoot(String cameo, int quad) {
    assertThat(types.quadClassOf(cameo)).isEqualTo(quad);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "4", "21", "000", "abc", "04a", "12345"})
  void aMalformedCameoCodeHasNoQuadClass(String cameo) {
    assertThatThrownBy(() -> types.quadClassOf(cameo)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTableMissingATypeIsRejected() {
    assertThatThrownBy(
            () ->
                PloverTypes.load(
                    new StringReader("AGREE\t1\t2.5\t-\t*\n"),
                    "plover-types.tsv",
                    new StringReader("military\tmanual\tx\n"),
                    "contexts.tsv"))
        .isInstanceOf(LexiconException.class)
        .hasMessage("plover-types.tsv: no row for type CONSULT");
  }

  @Test
  void badTypeRowsNameFileAndLine() {
    assertThatThrownBy(() -> load("AGREE\t5\t2.5\t-\t*\n"))
        .hasMessageStartingWith("plover-types.tsv:1: quad class must be 1, 2, 3 or 4");
    assertThatThrownBy(() -> load("AGREE\t1\t12\t-\t*\n"))
        .hasMessageStartingWith("plover-types.tsv:1: intensity must lie in -10..10");
    assertThatThrownBy(() -> load("# c\nAGREE\t1\t2\t-\tweather\n"))
        .hasMessage("plover-types.tsv:2: unknown context 'weather'");
    assertThatThrownBy(() -> load("AGREEMENT\t1\t2\t-\t*\n"))
        .hasMessage("plover-types.tsv:1: unknown type 'AGREEMENT'");
  }

  private static PloverTypes load(String typeTable) {
    return PloverTypes.load(
        new StringReader(typeTable),
        "plover-types.tsv",
        new StringReader("military\tmanual\tx\n"),
        "contexts.tsv");
  }
}
