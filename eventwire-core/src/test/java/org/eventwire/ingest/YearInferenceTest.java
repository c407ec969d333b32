package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearInferenceTest {
  private final YearInference years = new YearInference();

  @Test
  void theLatestYearMentionedCompletesTheDateline() {
    String text =
        "Talks failed in 2019 and a plan followed in 2021. A photo was taken 13 September 2023.";

    assertThat(years.infer(text, 12, 13)).contains(LocalDate.of(2023, 12, 13));
  }

  @Test
  void aDatelineEarlierInTheYearThanAMentionedDateMovesToTheNextYear() {
    String text = "The ceasefire announced on December 30, 2023 held through the holiday.";

    assertThat(years.infer(text, 1, 5)).contains(LocalDate.of(2024, 1, 5));
  }

  @Test
  void aMonthWithAYearCountsAsItsFirstDay() {
    String text = "Prices have risen since December 2023, the bank said.";

    assertThat(years.infer(text, 1, 5)).contains(LocalDate.of(2024, 1, 5));
    assertThat(years.infer(text, 12, 13)).contains(LocalDate.of(2023, 12, 13));
  }

  @Test
  void isoDatesInTheTextCount() {
    assertThat(years.infer("The decree of 2022-11-20 stands.", 3, 1))
        .contains(LocalDate.of(2023, 3, 1));
  }

  @Test
  void aYearAfterByOrUntilLooksAheadAndIsIgnored() {
    String text =
        "Emissions rose in 2022; the plan aims to halve them by 2030 and hold them until 2040.";

    assertThat(years.infer(text, 6, 1)).contains(LocalDate.of(2022, 6, 1));
  }

  @Test
  void numbersThatAreNotYearsAreIgnored() {
    String text = "Some 2,500 troops and 3000 vehicles moved in 2021, the ministry said.";

    assertThat(years.infer(text, 4, 2)).contains(LocalDate.of(2021, 4, 2));
  }

  @Test
  void noYearInTheTextGivesNoDate() {
    assertThat(years.infer("The talks ended on Tuesday.", 12, 13)).isEmpty();
  }

  @Test
  void noMonthOrDayInTheDatelineGivesNoDate() {
    assertThat(years.infer("The talks of 2020 ended.", 0, 0)).isEmpty();
  }

  @Test
  void aLeapDayInACommonYearGivesNoDate() {
    assertThat(years.infer("Elections took place in 2023.", 2, 29)).isEmpty();
  }

  @Test
  void lowercaseMayIsNotAMonth() {
    String text = "Talks may resume 12 2019 maybe; a deal was signed in 2020.";

    assertThat(years.infer(text, 7, 1)).contains(LocalDate.of(2020, 7, 1));
  }
}
