package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventwire.model.Dateline;
import org.eventwire.model.PublishedDate;
import org.eventwire.model.PublishedDate.Source;
import org.eventwire.model.TextSpan;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
  private static final Dateline DEC_13 =
      new Dateline("Seoul", null, "EFE", 12, 13, new TextSpan(0, 5));
  private static final String TEXT = "Talks in 2019 failed; a summit followed 13 September 2023.";

  private final PublicationDates inferring = new PublicationDates(null, new YearInference());

  @Test
  void theDateOverrideWinsOverEverything() {
    PublicationDates dates = new PublicationDates(LocalDate.of(2020, 1, 2), new YearInference());

    assertThat(dates.resolve("2023-12-13", TEXT, DEC_13))
        .isEqualTo(new PublishedDate(LocalDate.of(2020, 1, 2), Source.OVERRIDE));
  }

  @Test
  void metadataWinsOverTheDateline() {
    assertThat(inferring.resolve("2021-06-30T23:10:00+09:00", TEXT, DEC_13))
        .isEqualTo(new PublishedDate(LocalDate.of(2021, 6, 30), Source.METADATA));
  }

  @Test
  void theDatelineWithAnInferredYearComesNext() {
    assertThat(inferring.resolve(null, TEXT, DEC_13))
        .isEqualTo(new PublishedDate(LocalDate.of(2023, 12, 13), Source.INFERRED));
  }

  @Test
  void unreadableMetadataFallsBackToInference() {
    assertThat(inferring.resolve("next Tuesday", TEXT, DEC_13).source()).isEqualTo(Source.INFERRED);
  }

  @Test
  void nothingGivesNone() {
    assertThat(inferring.resolve(null, TEXT, null)).isEqualTo(PublishedDate.none());
    assertThat(inferring.resolve(" ", "No years here.", DEC_13)).isEqualTo(PublishedDate.none());
  }

  @Test
  void metadataDatesAreReadInTheirCommonForms() {
    assertThat(PublicationDates.parseMetadata("2023-12-13")).contains(LocalDate.of(2023, 12, 13));
    assertThat(PublicationDates.parseMetadata("2023-12-13T02:00:00Z"))
        .contains(LocalDate.of(2023, 12, 13));
    assertThat(PublicationDates.parseMetadata("Wed, 13 Dec 2023 09:30:00 GMT"))
        .contains(LocalDate.of(2023, 12, 13));
    assertThat(PublicationDates.parseMetadata("2023-13-45")).isEmpty();
  }
}
