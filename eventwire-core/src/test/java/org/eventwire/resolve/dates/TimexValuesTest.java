package org.eventwire.resolve.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventwire.model.DatePrecision;
import org.junit.jupiter.api.Test;

class TimexValuesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 13);

  @Test
  void aFullDateKeepsDayPrecision() {
    var v = TimexValues.parse("2023-12-12", PUBLISHED, true);
    assertThat(v.format()).isEqualTo("2023-12-12");
    assertThat(v.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aMonthGivesMonthPrecision() {
    assertThat(TimexValues.parse("2023-09", PUBLISHED, true).format()).isEqualTo("2023-09");
  }

  @Test
  void aMonthWithoutYearInThePastFallsInThePreviousYearWhenItWouldBeLater() {
    var v = TimexValues.parse("XXXX-12", LocalDate.of(2024, 1, 5), true);
    assertThat(v.format()).isEqualTo("2023-12");
  }

  @Test
  void aMonthWithoutYearInTheFutureStaysInTheReferenceYear() {
    var v = TimexValues.parse("XXXX-12", LocalDate.of(2024, 1, 5), false);
    assertThat(v.format()).isEqualTo("2024-12");
  }

  @Test
  void aYearGivesYearPrecision() {
    var v = TimexValues.parse("2019", PUBLISHED, true);
    assertThat(v.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(v.format()).isEqualTo("2019");
  }

  @Test
  void aDateTimeIsCutToItsDay() {
    assertThat(TimexValues.parse("2023-12-12T10:00", PUBLISHED, true).format())
        .isEqualTo("2023-12-12");
  }

  @Test
  void vagueReferencesGiveNoDate() {
    assertThat(TimexValues.parse("PAST_REF", PUBLISHED, true)).isNull();
    assertThat(TimexValues.parse(null, PUBLISHED, true)).isNull();
  }
}
