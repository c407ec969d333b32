package org.eventwire.resolve.actors;

import java.time.LocalDate;

/** An entry valid for a period: {@code from} inclusive, {@code to} exclusive, null = open. */
interface Dated {

  LocalDate from();

  LocalDate to();

  /** True when the entry holds on {@code date}. */
  default boolean validOn(LocalDate date) {
    return (from() == null || !date.isBefore(from())) && (to() == null || date.isBefore(to()));
  }

  /** True when the period ended on or before {@code date}. */
  default boolean endedBy(LocalDate date) {
    return to() != null && !date.isBefore(to());
  }
}
