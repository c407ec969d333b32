package org.eventwire.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BatchJobConfigTest {

  @Test
  void theInputFormatFollowsTheInputsName() {
    assertThat(
            BatchJobConfig.parse("--input", "in/articles.parquet/", "--output", "o").inputFormat())
        .isEqualTo(InputFormat.PARQUET);
    assertThat(BatchJobConfig.parse("--input", "feed.jsonl", "--output", "o").inputFormat())
        .isEqualTo(InputFormat.JSONL);
  }

  @Test
  void everyOptionIsRead() {
    BatchJobConfig c =
        BatchJobConfig.parse(
            "--input",
            "in",
            "--output",
            "out",
            "--input-format",
            "Parquet",
            "--partitions",
            "8",
            "--date",
            "2024-05-08");
    assertThat(c)
        .isEqualTo(
            new BatchJobConfig("in", "out", InputFormat.PARQUET, 8, LocalDate.of(2024, 5, 8)));
  }

  @Test
  void inputAndOutputAreRequired() {
    assertThatThrownBy(() -> BatchJobConfig.parse("--input", "in"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--output");
  }

  @Test
  void anOptionWithoutItsValueIsRefused() {
    assertThatThrownBy(() -> BatchJobConfig.parse("--input", "in", "--output"))
        .hasMessageContaining("--output needs a value");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> BatchJobConfig.parse("--input", "i", "--output", "o", "--date", "May"))
        .hasMessageContaining("'May'");
    assertThatThrownBy(
            () -> BatchJobConfig.parse("--input", "i", "--output", "o", "--partitions", "-1"))
        .hasMessageContaining("0 or more");
    assertThatThrownBy(() -> BatchJobConfig.parse("--in", "i")).hasMessageContaining("--in");
  }
}
