package org.eventwire.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * What one batch run does.
 *
 * @param input the articles: a file, a directory or a glob that Spark reads
 * @param output the directory the events are written to as Parquet (must not exist)
 * @param inputFormat JSON Lines or Parquet
 * @param partitions how many partitions to code in; 0 keeps the input's own split
 * @param date a publication date for every article ({@code --date}), or null
 */
public record BatchJobConfig(
    String input, String output, InputFormat inputFormat, int partitions, LocalDate date) {

  static final String USAGE =
      "usage: BatchJob --input PATH --output PATH [--input-format jsonl|parquet]"
          + " [--partitions N] [--date YYYY-MM-DD]";

  public BatchJobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(inputFormat, "inputFormat");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 or more: " + partitions);
    }
  }

  /** Reads the job's arguments; the format follows the input's name unless given. */
  public static BatchJobConfig parse(String... args) {
    String input = null;
    String output = null;
    String format = null;
    int partitions = 0;
    LocalDate date = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--input-format" -> format = value;
        case "--partitions" -> partitions = number(value);
        case "--date" -> date = date(value);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
      }
      if (value == null) {
        throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
      }
      i++;
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required\n" + USAGE);
    }
    InputFormat kind = format == null ? InputFormat.of(input) : InputFormat.parse(format);
    return new BatchJobConfig(input, output, kind, partitions, date);
  }

  private static int number(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--partitions needs a whole number, not '" + s + "'");
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date needs YYYY-MM-DD, not '" + s + "'");
    }
  }
}
