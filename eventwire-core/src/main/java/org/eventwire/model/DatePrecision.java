package org.eventwire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How precise an event date is. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static DatePrecision parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
