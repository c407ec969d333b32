package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

  @Test
  void theShippedFileNamesEveryMonthAndWeekday() {
    TimeWords w = TimeWords.standard();
    assertThat(w.number("month", "sept.")).isEqualTo(9);
    assertThat(w.number("month", "december")).isEqualTo(12);
    assertThat(w.number("weekday", "sunday")).isEqualTo(7);
    assertThat(w.all("month").values()).contains("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(w.all("weekday").values()).contains("1", "2", "3", "4", "5", "6", "7");
  }

  @Test
  void aLineWithAnUnknownKindIsRejectedWithItsLineNumber() {
    assertThatThrownBy(
            () -> TimeWords.parse(List.of("# words", "month\tjanuary\t1", "moth\tmay\t5"), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t.tsv line 3")
        .hasMessageContaining("moth");
  }

  @Test
  void aLineWithoutThreeColumnsIsRejected() {
    assertThatThrownBy(() -> TimeWords.parse(List.of("month january 1"), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }
}
