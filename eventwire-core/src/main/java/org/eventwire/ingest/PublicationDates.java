package org.eventwire.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.Dateline;
import org.eventwire.model.PublishedDate;
import org.eventwire.model.PublishedDate.Source;

/**
 * Decides an article's publication date. In order: the run's {@code --date} override ({@link
 * Source#OVERRIDE}); a date in the input's metadata ({@link Source#METADATA}); the dateline's month
 * and day with a year inferred from the text ({@link Source#INFERRED}, see {@link YearInference});
 * otherwise {@link PublishedDate#none()}.
 *
 * <p>Metadata dates are read as written: {@code 2023-12-13}, an ISO date-time such as {@code
 * 2023-12-13T09:30:00+09:00} (the date part, in the writer's own offset), or an RFC 1123 date
 * ({@code Wed, 13 Dec 2023 09:30:00 GMT}). A metadata date that cannot be read is ignored.
 */
final class PublicationDates {
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

  private final LocalDate override;
  private final YearInference years;

  PublicationDates(LocalDate override, YearInference years) {
    this.override = override;
    this.years = years;
  }

  PublishedDate resolve(String metadata, String text, Dateline dateline) {
    if (override != null) {
      return new PublishedDate(override, Source.OVERRIDE);
    }
    Optional<LocalDate> fromMetadata = parseMetadata(metadata);
    if (fromMetadata.isPresent()) {
      return new PublishedDate(fromMetadata.get(), Source.METADATA);
    }
    if (dateline == null) {
      return PublishedDate.none();
    }
    return years
        .infer(text, dateline.month(), dateline.day())
        .map(date -> new PublishedDate(date, Source.INFERRED))
        .orElseGet(PublishedDate::none);
  }

  /** The date in a metadata value, or empty when it is absent or unreadable. */
  static Optional<LocalDate> parseMetadata(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher iso = ISO_DATE.matcher(value);
    try {
      if (iso.find()) {
        return Optional.of(LocalDate.parse(iso.group(1)));
      }
      return Optional.of(
          ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
