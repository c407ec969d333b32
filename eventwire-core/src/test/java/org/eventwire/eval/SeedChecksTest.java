package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.eval.TestEvents.event;

import java.util.List;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class SeedChecksTest {

  private static GoldEvent gold(
      String date,
      DatePrecision precision,
      String location,
      String locationCountry,
      Modality modality,
      boolean sanctions) {
    return new GoldEvent(
        1,
        true,
        PloverType.CONSULT,
        List.of(),
        List.of("RUS"),
        List.of("PRK"),
        false,
        date,
        precision,
        location,
        locationCountry,
        modality,
        null,
        sanctions,
        null);
  }

  private static final GoldEvent MEETING =
      gold("2023-12-12", DatePrecision.DAY, "Pyongyang", "PRK", Modality.ATTRIBUTED, false);

  @Test
  void theDateMustAgreeInValueAndPrecision() {
    Event same = event(PloverType.CONSULT).date("2023-12-12", DatePrecision.DAY).build();
    Event coarser = event(PloverType.CONSULT).date("2023-12", DatePrecision.MONTH).build();
    assertThat(SeedChecks.date(MEETING, same)).isTrue();
    assertThat(SeedChecks.date(MEETING, coarser)).isFalse();
  }

  @Test
  void anUndatedGoldEventWantsNoDate() {
    GoldEvent undated = gold(null, null, null, null, Modality.ASSERTED, true);
    assertThat(SeedChecks.date(undated, event(PloverType.CONSULT).build())).isTrue();
    Event dated = event(PloverType.CONSULT).date("2023-12-13", DatePrecision.DAY).build();
    assertThat(SeedChecks.date(undated, dated)).isFalse();
  }

  @Test
  void modalityIsExactButFactualityOnlyCountsTheSide() {
    Event asserted = event(PloverType.CONSULT).modality(Modality.ASSERTED).build();
    Event alleged = event(PloverType.CONSULT).modality(Modality.ALLEGED).build();
    assertThat(SeedChecks.modality(MEETING, asserted)).isFalse();
    assertThat(SeedChecks.factuality(MEETING, asserted)).isTrue();
    assertThat(SeedChecks.factuality(MEETING, alleged)).isFalse();
  }

  @Test
  void theLocationMatchesByNameIgnoringCase() {
    Event there = event(PloverType.CONSULT).at("PYONGYANG", "PRK").build();
    Event elsewhere = event(PloverType.CONSULT).at("Wonsan", "PRK").build();
    assertThat(SeedChecks.location(MEETING, there)).isTrue();
    assertThat(SeedChecks.location(MEETING, elsewhere)).isFalse();
  }

  @Test
  void aCountryNamedAsGoldLocationMatchesAnyPlaceInThatCountry() {
    GoldEvent inCountry =
        gold("2023-12-11", DatePrecision.DAY, "North Korea", "PRK", Modality.ASSERTED, false);
    Event city = event(PloverType.CONSULT).at("Pyongyang", "PRK").build();
    Event abroad = event(PloverType.CONSULT).at("Vladivostok", "RUS").build();
    assertThat(SeedChecks.location(inCountry, city)).isTrue();
    assertThat(SeedChecks.location(inCountry, abroad)).isFalse();
  }

  @Test
  void aRegionIsNotACountrySoOnlyItsNameMatches() {
    GoldEvent region = gold("2023-09", DatePrecision.MONTH, "Amur region", "RUS", null, false);
    Event moscow = event(PloverType.CONSULT).at("Moscow", "RUS").build();
    assertThat(SeedChecks.location(region, moscow)).isFalse();
  }

  @Test
  void aGoldLocationThatListsOrQualifiesPlacesMatchesEachListedPlace() {
    GoldEvent listed =
        gold("2026-02", DatePrecision.MONTH, "Chisinau; Balti", "MDA", Modality.ASSERTED, false);
    GoldEvent qualified =
        gold(null, null, "near Savannah, Georgia", "USA", Modality.ASSERTED, false);
    GoldEvent seat = gold(null, null, "United Nations headquarters, New York", "USA", null, false);
    assertThat(SeedChecks.location(listed, event(PloverType.COERCE).at("Balti", "MDA").build()))
        .isTrue();
    assertThat(
            SeedChecks.location(qualified, event(PloverType.COERCE).at("Savannah", "USA").build()))
        .isTrue();
    assertThat(
            SeedChecks.location(
                seat, event(PloverType.REJECT).at("United Nations Headquarters", "USA").build()))
        .isTrue();
    assertThat(SeedChecks.location(listed, event(PloverType.COERCE).at("Cahul", "MDA").build()))
        .isFalse();
  }

  @Test
  void aGoldEventWithoutLocationIsNotScoredOnLocation() {
    GoldEvent none = gold(null, null, null, null, Modality.ASSERTED, false);
    assertThat(SeedChecks.location(none, event(PloverType.CONSULT).build())).isNull();
    assertThat(SeedChecks.location(MEETING, event(PloverType.CONSULT).build())).isFalse();
  }

  @Test
  void sanctionsAgreeWhenFlagsAreSetExactlyForRelevantEvents() {
    GoldEvent relevant = gold(null, null, null, null, Modality.ASSERTED, true);
    Event flagged = event(PloverType.AID).sanctioned().build();
    Event plain = event(PloverType.AID).build();
    assertThat(SeedChecks.sanctions(relevant, flagged)).isTrue();
    assertThat(SeedChecks.sanctions(relevant, plain)).isFalse();
    assertThat(SeedChecks.sanctions(MEETING, flagged)).isFalse();
  }

  @Test
  void divisionWordsDoNotMatterWhenPlaceNamesAreCompared() {
    assertThat(SeedChecks.baseName("the Amur region"))
        .isEqualTo(SeedChecks.baseName("Amur Oblast"));
    assertThat(SeedChecks.baseName("Kherson Oblast")).isNotEqualTo(SeedChecks.baseName("Amur"));
  }

  @Test
  void wordsForTheKindOfPlaceDoNotMatterButTheNameDoes() {
    java.util.Set<String> gold = SeedChecks.goldPlaces("Sabzak border crossing");
    assertThat(SeedChecks.samePlace(gold, SeedChecks.baseName("Sabzak crossing"))).isTrue();
    assertThat(SeedChecks.samePlace(gold, SeedChecks.baseName("Torkham crossing"))).isFalse();
    assertThat(SeedChecks.samePlace(gold, SeedChecks.baseName("crossing"))).isFalse();
    assertThat(
            SeedChecks.samePlace(
                SeedChecks.goldPlaces("Kingstown"),
                SeedChecks.baseName("Kingstown international airport")))
        .isTrue();
    assertThat(
            SeedChecks.samePlace(
                SeedChecks.goldPlaces("Ntinda; Kampala"), SeedChecks.baseName("Ntinda suburb")))
        .isTrue();
  }
}
