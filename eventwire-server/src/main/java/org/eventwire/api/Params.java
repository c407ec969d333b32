package org.eventwire.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** Typed, checked access to a request's query parameters; a bad one is a 400 naming it. */
final class Params {
  private static final int MAX_TEXT = 200;

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The trimmed value, or null when absent or blank; at most 200 characters. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiException.badParameter(name, "longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  /** A day as YYYY-MM-DD, or null. */
  LocalDate date(String name) {
    String v = text(name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "not a date YYYY-MM-DD: '" + v + "'");
    }
  }

  /** An integer in {@code min .. max}, or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "not a whole number: '" + v + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badParameter(name, "must be between " + min + " and " + max);
    }
    return n;
  }

  /** true, false or absent (false). */
  boolean flag(String name) {
    String v = text(name);
    if (v == null || v.equalsIgnoreCase("false")) {
      return false;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    throw ApiException.badParameter(name, "must be true or false");
  }

  /** One of an enum's constants, named in any case ({@code date-desc} for DATE_DESC), or null. */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    return choice(
        name, type, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_')));
  }

  /** A value parsed by {@code parse}, which throws IllegalArgumentException on a bad one. */
  <E extends Enum<E>> E choice(String name, Class<E> type, Function<String, E> parse) {
    String v = text(name);
    try {
      return v == null ? null : parse.apply(v);
    } catch (IllegalArgumentException e) {
      String allowed =
          String.join(
              ", ",
              Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                  .toList());
      throw ApiException.badParameter(name, "'" + v + "' is not one of " + allowed);
    }
  }
}
