package org.eventwire.resolve.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventwire.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resolution of place phrases against the shipped gazetteer, with and without article context. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GazetteerResolutionTest {

  private Gazetteer gazetteer;

  @BeforeAll
  void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  /**
   * Columns: phrase; countries in play (space-separated ISO3); other places in the article
   * ('|'-separated); expected country (empty = none); expected kind (empty = not resolved);
   * expected name.
   */
  @ParameterizedTest(name = "{0} (countries {1}, nearby {2}) is {5}, {4} in {3}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "Pyongyang; -; -; PRK; city; Pyongyang",
        "Amur region; -; -; RUS; admin1; Amur Oblast",
        "the Amur region; -; -; RUS; admin1; Amur Oblast",
        "Amur Oblast; -; -; RUS; admin1; Amur Oblast",
        "Primorye; -; -; RUS; admin1; Primorye",
        "Primorsky Krai; -; -; RUS; admin1; Primorye",
        "Primorsky region; -; -; RUS; admin1; Primorye",
        "Khabarovsk Krai; -; -; RUS; admin1; Khabarovsk",
        "Vostochny Cosmodrome; -; -; RUS; site; Vostochny Cosmodrome",
        "Vostochny spaceport; -; -; RUS; site; Vostochny Cosmodrome",
        "Georgia; -; -; GEO; country; Georgia",
        "Georgia; USA; -; GEO; country; Georgia",
        "Georgia; USA GEO; -; GEO; country; Georgia",
        "Georgia; -; Atlanta; USA; admin1; Georgia",
        "Georgia; USA; Savannah|Atlanta; USA; admin1; Georgia",
        "Georgia; -; Tbilisi; GEO; country; Georgia",
        "the state of Georgia; -; -; USA; admin1; Georgia",
        "U.S. state of Georgia; -; -; USA; admin1; Georgia",
        "Georgia state; -; -; USA; admin1; Georgia",
        "Atlanta, Georgia; -; -; USA; city; Atlanta",
        "Paris; -; -; FRA; city; Paris",
        "Paris; FRA; -; FRA; city; Paris",
        "Paris; USA; -; FRA; city; Paris",
        "Paris, Texas; -; -; USA; city; Paris",
        "Tripoli; -; -; LBY; city; Tripoli",
        "Tripoli; LBN; -; LBN; city; Tripoli",
        "Tripoli; LBY; -; LBY; city; Tripoli",
        "Tripoli; LBN LBY; -; LBY; city; Tripoli",
        "Tripoli, Lebanon; -; -; LBN; city; Tripoli",
        "Kherson region; -; -; UKR; admin1; Kherson",
        "Kherson Oblast; -; -; UKR; admin1; Kherson",
        "Kherson; -; -; UKR; city; Kherson",
        "Gaza Strip; -; -; PSE; region; Gaza Strip",
        "the Gaza Strip; -; -; PSE; region; Gaza Strip",
        "Gaza; -; -; PSE; city; Gaza",
        "West Bank; -; -; PSE; region; West Bank",
        "Atlantis Minor; -; -; -; -; -",
        "Qwertzuiopville; -; -; -; -; -",
        "Kyiv; -; -; UKR; city; Kyiv",
        "Kiev; -; -; UKR; city; Kyiv",
        "KYIV; -; -; UKR; city; Kyiv",
        "kyiv; -; -; UKR; city; Kyiv",
        "Kiev region; -; -; UKR; admin1; Kyiv Oblast",
        "Tehran; -; -; IRN; city; Tehran",
        "Teheran; -; -; IRN; city; Tehran",
        "Aleppo; -; -; SYR; city; Aleppo",
        "Halab; -; -; SYR; city; Aleppo",
        "Aleppo governorate; -; -; SYR; admin1; Aleppo",
        "Sanaa; -; -; YEM; city; Sanaa",
        "Sana'a; -; -; YEM; city; Sanaa",
        "Sana’a; -; -; YEM; city; Sanaa",
        "Zaporizhzhia nuclear plant; -; -; UKR; site; Zaporizhzhia Nuclear Power Plant",
        "Zaporizhzhia; -; -; UKR; city; Zaporizhzhya",
        "Rafah crossing; -; -; -; site; Rafah crossing",
        "Kerem Shalom; -; -; ISR; site; Kerem Shalom crossing",
        "Strait of Hormuz; -; -; -; region; Strait of Hormuz",
        "Bab el-Mandeb; -; -; -; region; Bab el-Mandeb",
        "Golan Heights; -; -; SYR; region; Golan Heights",
        "Crimea; -; -; UKR; region; Crimea",
        "Donbas; -; -; UKR; region; Donbas",
        "Donbass; -; -; UKR; region; Donbas",
        "Sahel; -; -; -; region; Sahel",
        "the Sahel region; -; -; -; region; Sahel",
        "Russian Far East; -; -; RUS; region; Russian Far East",
        "Panmunjom; -; -; -; site; Panmunjom",
        "Sohae; -; -; PRK; site; Sohae Satellite Launching Station",
        "Yongbyon; -; -; PRK; site; Yongbyon Nuclear Scientific Research Center",
        "Punggye-ri; -; -; PRK; site; Punggye-ri nuclear test site",
        "Kaesong industrial complex; -; -; PRK; site; Kaesong Industrial Complex",
        "Kaesong; -; -; PRK; city; Kaesŏng",
        "Washington; -; -; USA; city; Washington",
        "Washington state; -; -; USA; admin1; Washington",
        "New York; -; -; USA; city; New York City",
        "Moscow; -; -; RUS; city; Moscow",
        "Moscow region; -; -; RUS; admin1; Moscow Oblast",
        "Idlib province; -; -; SYR; admin1; Idlib",
        "Idlib; -; -; SYR; city; Idlib",
        "Donetsk; -; -; UKR; city; Donetsk",
        "Luhansk region; -; -; UKR; admin1; Luhansk",
        "North Korea; -; -; PRK; country; North Korea",
        "DPRK; -; -; PRK; country; North Korea",
        "US; -; -; USA; country; United States",
        "Lebanon; USA; -; LBN; country; Lebanon",
        "Jerusalem; -; -; ISR; city; Jerusalem",
        "Beijing; -; -; CHN; city; Beijing",
        "Sao Paulo; -; -; BRA; city; São Paulo",
        "Damascus; -; -; SYR; city; Damascus",
        "Baghdad; -; -; IRQ; city; Baghdad",
        "Alexandria; -; -; EGY; city; Alexandria",
        "Taipei; -; -; TWN; city; Taipei",
        "Pristina; -; -; XKX; city; Pristina",
        "Rakhine State; -; -; MMR; admin1; Rakhine",
        "Punjab province; PAK; -; PAK; admin1; Punjab",
        "Kursk region; -; -; RUS; admin1; Kursk Oblast",
        "Belgorod; -; -; RUS; city; Belgorod",
        "Natanz; -; -; IRN; site; Natanz nuclear facility",
        "Fordow; -; -; IRN; site; Fordow enrichment plant",
        "Kashmir; -; -; -; region; Kashmir",
        "Nagorno-Karabakh; -; -; AZE; region; Nagorno-Karabakh",
      })
  void aPhraseResolvesToTheExpectedPlace(
      String phrase, String countries, String nearby, String country, String kind, String name) {
    PlaceContext ctx =
        new PlaceContext(
            countries == null ? Set.of() : Set.of(countries.split(" ")),
            null,
            nearby == null ? List.of() : Arrays.asList(nearby.split("\\|")));
    Optional<PlaceMatch> match = gazetteer.resolve(phrase, ctx);
    if (kind == null) {
      assertThat(match).as(phrase).isEmpty();
      return;
    }
    assertThat(match).as(phrase).isPresent();
    Place place = match.get().place();
    assertThat(place.name()).as(phrase + " " + match.get()).isEqualTo(name);
    assertThat(place.kind().label()).as(phrase + " " + match.get()).isEqualTo(kind);
    assertThat(place.country()).as(phrase + " " + match.get()).isEqualTo(country);
  }

  @Test
  void pyongyangLiesWithinTwentyFiveKilometresOfItsPublishedCoordinates() {
    Place p = gazetteer.resolve("Pyongyang").orElseThrow().place();
    assertThat(kilometres(p.lat(), p.lon(), 39.03, 125.75)).isLessThan(25);
    assertThat(p.gazetteerId()).isEqualTo("geonames:1871859");
  }

  @Test
  void theVostochnyCosmodromeLiesInTheAmurOblastNearTsiolkovsky() {
    Place site = gazetteer.resolve("Vostochny Cosmodrome").orElseThrow().place();
    assertThat(site.admin1()).isEqualTo("Amur Oblast");
    assertThat(site.gazetteerId()).isEqualTo("eventwire-site:vostochny");
    // Tsiolkovsky, the cosmodrome's town: 51.77 N, 128.12 E
    assertThat(kilometres(site.lat(), site.lon(), 51.77, 128.12)).isLessThan(40);
  }

  @Test
  void lowerCaseAbbreviationsDoNotMatchCountryAbbreviations() {
    assertThat(gazetteer.resolve("us").map(m -> m.place().country()))
        .isNotEqualTo(Optional.of("USA"));
  }

  @Test
  void blankAndNullPhrasesResolveToNothing() {
    assertThat(gazetteer.resolve("  ")).isEmpty();
    assertThat(gazetteer.resolve(null, PlaceContext.none())).isEmpty();
    assertThat(gazetteer.candidates("")).isEmpty();
  }

  @Test
  void aQualifierThatContainsNoSuchPlaceGivesNothingRatherThanAPlaceElsewhere() {
    assertThat(gazetteer.resolve("Tripoli, Japan")).isEmpty();
  }

  @Test
  void theMatchExplainsWhichRuleDecided() {
    assertThat(gazetteer.resolve("Tripoli", PlaceContext.ofCountries("LBN")).orElseThrow().rule())
        .isEqualTo("name/country-context");
    assertThat(gazetteer.resolve("Amur region").orElseThrow().rule()).startsWith("division");
    assertThat(gazetteer.resolve("Primorsky Krai").orElseThrow().rule()).isEqualTo("written");
    assertThat(
            gazetteer
                .resolve("Georgia", new PlaceContext(Set.of(), null, List.of("Atlanta")))
                .orElseThrow()
                .rule())
        .isEqualTo("name/nearby");
  }

  @Test
  void candidatesListEverySameNamedPlaceBestFirst() {
    List<Place> tripolis = gazetteer.candidates("Tripoli");
    Set<String> countries = tripolis.stream().map(Place::country).collect(Collectors.toSet());
    assertThat(countries).contains("LBY", "LBN");
    assertThat(tripolis.get(0).country()).isEqualTo("LBY");
  }

  @Test
  void aCityBecomesALocationWithCityPrecisionAndItsDivision() {
    Location loc = Gazetteer.toLocation(gazetteer.resolve("Pyongyang").orElseThrow());
    assertThat(loc.precision()).isEqualTo("city");
    assertThat(loc.country()).isEqualTo("PRK");
    assertThat(loc.admin1()).isEqualTo("Pyongyang");
    assertThat(loc.gazetteerId()).isEqualTo("geonames:1871859");
    assertThat(loc.lat()).isNotNull();
  }

  @Test
  void aCountryBecomesALocationThatSaysCountryPrecision() {
    Location loc = gazetteer.resolve("North Korea").orElseThrow().toLocation();
    assertThat(loc.precision()).isEqualTo("country");
    assertThat(loc.admin1()).isNull();
    assertThat(loc.gazetteerId()).isEqualTo("iso3166-1:PRK");
  }

  @Test
  void aDivisionBecomesALocationWithAdmin1Precision() {
    Location loc = gazetteer.resolve("Amur region").orElseThrow().toLocation();
    assertThat(loc.precision()).isEqualTo("admin1");
    assertThat(loc.admin1()).isEqualTo("Amur Oblast");
    assertThat(loc.gazetteerId()).isEqualTo("geonames-admin1:RU.05");
  }

  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
