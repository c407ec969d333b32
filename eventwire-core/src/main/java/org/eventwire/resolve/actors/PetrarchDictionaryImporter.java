package org.eventwire.resolve.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads actor dictionaries in the PETRARCH/TABARI style:
 *
 * <pre>
 * # comment (also ';' at the start of a line, TABARI style)
 * BARACK_OBAMA_            # an entry: name, underscores for spaces, trailing '_' ignored
 * +PRESIDENT_BARACK_OBAMA  # a synonym of the entry above
 * [USAGOV 090120-170119]   # a code valid between two dates (both inclusive)
 * [USAELI &gt;170120]         # a code valid from a date on
 * [USAELI &lt;090120]         # a code valid before a date
 * KIM_JONG_UN [PRKGOV]     # an entry with its code on the same line
 * </pre>
 *
 * Dates are {@code YYMMDD} (years below {@code pivot} are 20YY, the others 19YY) or {@code
 * YYYYMMDD}. Ranges become our convention: {@code from} inclusive, {@code to} exclusive (the day
 * after a range's end; the date itself for {@code <date}). Errors name the line.
 */
public final class PetrarchDictionaryImporter {

  private static final Pattern CODE =
      Pattern.compile("\\[\\s*([A-Za-z0-9-]+)(?:\\s+([^\\]]*?))?\\s*\\]");
  private static final Pattern RANGE = Pattern.compile("(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8})");
  private static final Pattern AFTER = Pattern.compile(">\\s*(\\d{6}|\\d{8})");
  private static final Pattern BEFORE = Pattern.compile("<\\s*(\\d{6}|\\d{8})");

  private final String file;
  private final int pivot;

  /**
   * @param file the dictionary's name, used in {@link ImportedActor#source()} and errors
   * @param pivot two-digit years below it are read as 20YY, the others as 19YY (e.g. 40)
   */
  public PetrarchDictionaryImporter(String file, int pivot) {
    if (pivot < 0 || pivot > 100) {
      throw new IllegalArgumentException("pivot must be 0..100: " + pivot);
    }
    this.file = file;
    this.pivot = pivot;
  }

  /** An importer reading two-digit years 00-39 as 2000-2039 and 40-99 as 1940-1999. */
  public PetrarchDictionaryImporter(String file) {
    this(file, 40);
  }

  /** All entries of a dictionary, in file order. */
  public List<ImportedActor> read(Reader reader) {
    List<ImportedActor> out = new ArrayList<>();
    Builder current = null;
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    try {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        number++;
        String line = stripComment(raw).strip();
        if (line.isEmpty()) {
          continue;
        }
        String where = file + ":" + number;
        if (line.startsWith("+")) {
          requireEntry(current, where).synonyms.add(name(line.substring(1), where));
          continue;
        }
        String namePart = line.startsWith("[") ? "" : line.split("\\[", 2)[0].strip();
        if (!namePart.isEmpty()) {
          if (current != null) {
            out.add(current.build());
          }
          current = new Builder(name(namePart, where), where);
        }
        String codes = line.substring(namePart.length()).strip();
        if (!codes.isEmpty()) {
          parseCodes(codes, requireEntry(current, where), where);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
    if (current != null) {
      out.add(current.build());
    }
    return List.copyOf(out);
  }

  private void parseCodes(String text, Builder entry, String where) {
    Matcher m = CODE.matcher(text);
    int end = 0;
    while (m.find()) {
      if (!text.substring(end, m.start()).isBlank()) {
        throw new IllegalArgumentException(where + ": unexpected text '" + text + "'");
      }
      entry.terms.add(term(m.group(1).toUpperCase(Locale.ROOT), m.group(2), where));
      end = m.end();
    }
    if (end == 0 || !text.substring(end).isBlank()) {
      throw new IllegalArgumentException(where + ": bad code '" + text + "'");
    }
  }

  private ImportedActor.Term term(String code, String restriction, String where) {
    if (restriction == null || restriction.isBlank()) {
      return new ImportedActor.Term(code, null, null);
    }
    String r = restriction.strip();
    Matcher range = RANGE.matcher(r);
    if (range.matches()) {
      LocalDate from = date(range.group(1), where);
      LocalDate to = date(range.group(2), where).plusDays(1);
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException(where + ": range ends before it starts: " + r);
      }
      return new ImportedActor.Term(code, from, to);
    }
    Matcher after = AFTER.matcher(r);
    if (after.matches()) {
      return new ImportedActor.Term(code, date(after.group(1), where), null);
    }
    Matcher before = BEFORE.matcher(r);
    if (before.matches()) {
      return new ImportedActor.Term(code, null, date(before.group(1), where));
    }
    throw new IllegalArgumentException(where + ": bad date restriction '" + r + "'");
  }

  private LocalDate date(String digits, String where) {
    try {
      if (digits.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(digits.substring(0, 4)),
            Integer.parseInt(digits.substring(4, 6)),
            Integer.parseInt(digits.substring(6, 8)));
      }
      int yy = Integer.parseInt(digits.substring(0, 2));
      int year = yy < pivot ? 2000 + yy : 1900 + yy;
      return LocalDate.of(
          year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(where + ": bad date '" + digits + "'", e);
    }
  }

  private static Builder requireEntry(Builder current, String where) {
    if (current == null) {
      throw new IllegalArgumentException(where + ": synonym or code before any entry");
    }
    return current;
  }

  /** "BARACK_OBAMA_" becomes "BARACK OBAMA". */
  private static String name(String text, String where) {
    String name = text.strip().replace('_', ' ').strip().replaceAll("\\s+", " ");
    if (name.isEmpty() || name.contains("[") || name.contains("]")) {
      throw new IllegalArgumentException(where + ": bad name '" + text + "'");
    }
    return name;
  }

  private static String stripComment(String line) {
    String trimmed = line.stripLeading();
    if (trimmed.startsWith(";")) {
      return "";
    }
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }

  private static final class Builder {
    private final String name;
    private final String source;
    private final List<String> synonyms = new ArrayList<>();
    private final List<ImportedActor.Term> terms = new ArrayList<>();

    Builder(String name, String source) {
      this.name = name;
      this.source = source;
    }

    ImportedActor build() {
      return new ImportedActor(name, synonyms, terms, source);
    }
  }
}
