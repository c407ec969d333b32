package org.eventwire.resolve.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How place names are compared and how phrase forms are recognised. */
class PlaceNamesTest {

  @Test
  void diacriticsApostrophesCaseAndHyphensDoNotMatter() {
    assertThat(PlaceNames.key("Sana’a")).isEqualTo(PlaceNames.key("SANAA"));
    assertThat(PlaceNames.key("Kyïv")).isEqualTo("kyiv");
    assertThat(PlaceNames.key("Nizhny-Novgorod")).isEqualTo("nizhny novgorod");
    assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    assertThat(PlaceNames.key("the Hague")).isEqualTo("hague");
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(PlaceNames.key("Tripoli")).isNotEqualTo(PlaceNames.key("Tripolis"));
  }

  @Test
  void onlyAllCapitalShortNamesAreAbbreviations() {
    assertThat(PlaceNames.abbreviationKey("U.S.")).isEqualTo("=US");
    assertThat(PlaceNames.abbreviationKey("DPRK")).isEqualTo("=DPRK");
    assertThat(PlaceNames.abbreviationKey("Us")).isNull();
    assertThat(PlaceNames.abbreviationKey("KINSHASA")).isNull();
  }

  @Test
  void theCoreOfADivisionNameDropsDivisionWords() {
    assertThat(PlaceNames.core("Amur Oblast")).isEqualTo("amur");
    assertThat(PlaceNames.core("Damascus Governorate")).isEqualTo("damascus");
    assertThat(PlaceNames.hasDivisionWord("Moscow Oblast")).isTrue();
    assertThat(PlaceNames.hasDivisionWord("Moscow")).isFalse();
  }

  @Test
  void divisionPhrasesAreRecognisedWithTheWordBeforeOrAfterTheName() {
    assertThat(Query.division("the Kherson region")).contains(new Query.Division("Kherson", false));
    assertThat(Query.division("Primorsky Krai")).contains(new Query.Division("Primorsky", false));
    assertThat(Query.division("U.S. state of Georgia"))
        .contains(new Query.Division("Georgia", true));
    assertThat(Query.division("Pyongyang")).isEmpty();
  }

  @Test
  void aCommaSplitsAPlaceFromItsQualifier() {
    assertThat(Query.qualified("Atlanta, Georgia"))
        .contains(new Query.Qualified("Atlanta", "Georgia"));
    assertThat(Query.qualified("Atlanta")).isEmpty();
    assertThat(Query.qualified(", Georgia")).isEmpty();
  }
}
