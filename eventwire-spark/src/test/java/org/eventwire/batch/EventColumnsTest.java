package org.eventwire.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

class EventColumnsTest {

  @Test
  void aRowReadsBackIntoTheSameRecordWithEveryFieldSet() {
    Event e = TestRecords.event("e1", true);
    assertThat(EventColumns.event(EventColumns.row(e, TestRecords.article("a1")))).isEqualTo(e);
  }

  @Test
  void aRowReadsBackIntoTheSameRecordWithTheOptionalFieldsEmpty() {
    Event e = TestRecords.event("e2", false);
    assertThat(EventColumns.event(EventColumns.row(e, TestRecords.article("a1")))).isEqualTo(e);
  }

  @Test
  void theColumnsFollowTheStoresExportWithTheDayRangeOfTheDate() {
    Row r = EventColumns.row(TestRecords.event("e1", true), TestRecords.article("a1"));
    assertThat(r.<Date>getAs("date_start").toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(r.<Date>getAs("date_end").toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 31));
    assertThat(r.<String>getAs("actors")).startsWith("[{\"text\":\"Japan\"");
    assertThat(r.<Boolean>getAs("has_sanctions")).isTrue();
    assertThat(r.<String>getAs("article_source")).isEqualTo("Wire");
    assertThat(EventColumns.SCHEMA.fieldNames()).startsWith("id", "article_id", "type", "mode");
  }
}
