package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.eventwire.model.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineParserTest {
  private final DatelineParser parser = new DatelineParser();

  private Optional<Dateline> parse(String text) {
    return parser.parse(text, Line.split(text).get(0));
  }

  static Stream<Arguments> agencyStyles() {
    return Stream.of(
        Arguments.of(
            "Seoul, Dec 13 (EFE).- The talks", "Seoul, Dec 13 (EFE).-", "Seoul", "EFE", 12, 13),
        Arguments.of("WASHINGTON (AP) — The vote", "WASHINGTON (AP) —", "WASHINGTON", "AP", 0, 0),
        Arguments.of(
            "WASHINGTON, Oct 13 (AP) — The vote",
            "WASHINGTON, Oct 13 (AP) —",
            "WASHINGTON",
            "AP",
            10,
            13),
        Arguments.of("SEOUL (Reuters) - Talks", "SEOUL (Reuters) -", "SEOUL", "Reuters", 0, 0),
        Arguments.of(
            "LONDON, March 3 (Reuters) - Talks",
            "LONDON, March 3 (Reuters) -",
            "LONDON",
            "Reuters",
            3,
            3),
        Arguments.of("PARIS (AFP) - France said", "PARIS (AFP) -", "PARIS", "AFP", 0, 0),
        Arguments.of(
            "Paris, France | AFP | France said", "Paris, France | AFP |", "Paris", "AFP", 0, 0),
        Arguments.of(
            "SEOUL, Dec. 13 (Yonhap) -- Talks",
            "SEOUL, Dec. 13 (Yonhap) --",
            "SEOUL",
            "Yonhap",
            12,
            13),
        Arguments.of(
            "Pyongyang, December 13 (KCNA) -- A team",
            "Pyongyang, December 13 (KCNA) --",
            "Pyongyang",
            "KCNA",
            12,
            13),
        Arguments.of("KYIV, Ukraine (AP) — Drones", "KYIV, Ukraine (AP) —", "KYIV", "AP", 0, 0),
        Arguments.of(
            "NEW YORK, Sept. 4 (Reuters) - Stocks",
            "NEW YORK, Sept. 4 (Reuters) -",
            "NEW YORK",
            "Reuters",
            9,
            4),
        Arguments.of(
            "Rio de Janeiro, Jan 2 (EFE).- Rain",
            "Rio de Janeiro, Jan 2 (EFE).-",
            "Rio de Janeiro",
            "EFE",
            1,
            2));
  }

  @ParameterizedTest
  @MethodSource("agencyStyles")
  void eachAgencyStyleGivesPlaceAgencyAndDate(
      String text, String span, String place, String agency, int month, int day) {
    Dateline d = parse(text).orElseThrow();

    assertThat(d.span().of(text)).isEqualTo(span);
    assertThat(d.place()).isEqualTo(place);
    assertThat(d.agency()).isEqualTo(agency);
    assertThat(d.month()).isEqualTo(month);
    assertThat(d.day()).isEqualTo(day);
  }

  @Test
  void aCountryAfterTheCityIsKeptAsTheRegion() {
    Dateline d = parse("TRIPOLI, Lebanon (AFP) - Soldiers fired").orElseThrow();

    assertThat(d.place()).isEqualTo("TRIPOLI");
    assertThat(d.region()).isEqualTo("Lebanon");
    assertThat(parse("BEIJING, Dec 13 — China said").orElseThrow().region()).isNull();
  }

  @Test
  void aDatelineWithoutAgencyStillGivesThePlace() {
    String text = "BEIJING, Dec 13 — China said on Wednesday";
    Dateline d = parse(text).orElseThrow();

    assertThat(d.place()).isEqualTo("BEIJING");
    assertThat(d.agency()).isNull();
    assertThat(d.month()).isEqualTo(12);
    assertThat(d.span().of(text)).isEqualTo("BEIJING, Dec 13 —");
  }

  @Test
  void anAllCapitalsPlaceWithADashIsADateline() {
    String text = "GENEVA — Negotiators resumed work";

    assertThat(parse(text)).map(Dateline::place).contains("GENEVA");
  }

  @Test
  void anOrdinarySentenceIsNoDateline() {
    assertThat(parse("Kim Jong Un met the delegation on Tuesday.")).isEmpty();
    assertThat(parse("Seoul - the capital - was quiet.")).isEmpty();
  }

  @Test
  void aDayOutOfRangeLeavesMonthAndDayUnset() {
    Dateline d = parse("SEOUL, Dec 45 (Yonhap) -- Talks").orElseThrow();

    assertThat(d.month()).isZero();
    assertThat(d.day()).isZero();
  }

  @Test
  void theDatelineMayStandInsideTheText() {
    String text = "Headline here\n\nTOKYO (Kyodo) -- Japan said";
    Line line = Line.split(text).get(1);

    assertThat(parser.parse(text, line)).map(d -> d.span().of(text)).contains("TOKYO (Kyodo) --");
  }
}
