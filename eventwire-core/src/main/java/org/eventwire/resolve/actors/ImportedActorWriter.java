package org.eventwire.resolve.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes actors read by {@link PetrarchDictionaryImporter} as rows of our {@code people.tsv} or
 * {@code organizations.tsv}, one row per dated code. Codes are mapped with a knowledge base: the
 * first three letters are a CAMEO country code ({@code USAGOV} → USA, GOV), or a body's code
 * ({@code IGOUNO} → the body's key, sector GOV), or {@code ---} (no country; organisations only);
 * the next three letters are the sector and anything after them is dropped. Terms that cannot be
 * written are reported, not guessed: unknown countries, codes without a sector, and {@code ELI}
 * terms (eventwire derives "former elite" from the dates of the offices).
 */
public final class ImportedActorWriter {

  /**
   * What a write did.
   *
   * @param rows rows written
   * @param skipped one message per term not written, with its source line and reason
   */
  public record Report(int rows, List<String> skipped) {
    public Report {
      skipped = List.copyOf(skipped);
    }
  }

  private record Code(String country, String sector, String roles, boolean body) {}

  private final KnowledgeBase kb;

  public ImportedActorWriter(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Writes a {@code people.tsv} (header included). */
  public Report writePeople(List<ImportedActor> actors, Writer out) {
    List<String> skipped = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (ImportedActor a : actors) {
      for (ImportedActor.Term t : a.terms()) {
        Optional<Code> code = map(t.code(), a, skipped);
        if (code.isEmpty()) {
          continue;
        }
        if (code.get().country().isEmpty()) {
          skipped.add(a.source() + " " + t.code() + ": a person needs a country or body");
          continue;
        }
        rows.add(
            String.join(
                "\t",
                displayName(a.name()),
                variants(a),
                code.get().country(),
                code.get().sector(),
                "imported " + t.code().toLowerCase(Locale.ROOT),
                date(t.from()),
                date(t.to()),
                ""));
      }
    }
    write(out, Person.COLUMNS, rows);
    return new Report(rows.size(), skipped);
  }

  /** Writes an {@code organizations.tsv} (header included). */
  public Report writeOrganizations(List<ImportedActor> actors, Writer out) {
    List<String> skipped = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (ImportedActor a : actors) {
      for (ImportedActor.Term t : a.terms()) {
        Optional<Code> code = map(t.code(), a, skipped);
        if (code.isEmpty()) {
          continue;
        }
        if (code.get().body()) {
          skipped.add(a.source() + " " + t.code() + ": an international body belongs in igos.tsv");
          continue;
        }
        rows.add(
            String.join(
                "\t",
                displayName(a.name()),
                variants(a),
                code.get().country(),
                code.get().sector(),
                code.get().roles(),
                date(t.from()),
                date(t.to()),
                "imported from " + a.source() + " (" + t.code() + ")"));
      }
    }
    write(out, Organization.COLUMNS, rows);
    return new Report(rows.size(), skipped);
  }

  private Optional<Code> map(String code, ImportedActor a, List<String> skipped) {
    String where = a.source() + " " + code;
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      Optional<Igo> body =
          kb.igos().stream()
              .filter(i -> code.startsWith(i.code()))
              .max(
                  Comparator.comparingInt((Igo i) -> i.code().length())
                      .thenComparing(i -> i.parent().isEmpty()));
      if (body.isEmpty()) {
        skipped.add(where + ": unknown international body");
        return Optional.empty();
      }
      return Optional.of(new Code(body.get().key(), "GOV", "", true));
    }
    if (code.length() < 6) {
      skipped.add(where + ": no sector");
      return Optional.empty();
    }
    String sector = code.substring(3, 6);
    if (sector.equals(Candidate.FORMER)) {
      skipped.add(where + ": ELI is derived from the dates of the offices");
      return Optional.empty();
    }
    String roles = stackedRoles(code.substring(6));
    String prefix = code.substring(0, 3);
    if (prefix.equals(Candidate.NO_COUNTRY)) {
      return Optional.of(new Code("", sector, roles, false));
    }
    Optional<Country> country =
        kb.countries().stream().filter(c -> c.cameo().equals(prefix)).findFirst();
    if (country.isEmpty()) {
      skipped.add(where + ": unknown country code " + prefix);
      return Optional.empty();
    }
    return Optional.of(new Code(country.get().iso3(), sector, roles, false));
  }

  /**
   * The roles stacked after the sector ("MUS" of {@code EGYOPPMUS}) as a {@code roles} cell; empty
   * when the rest is not whole three-letter segments.
   */
  private static String stackedRoles(String rest) {
    if (rest.isEmpty() || !rest.matches("([A-Z]{3})+")) {
      return "";
    }
    return String.join("|", rest.split("(?<=\\G...)"));
  }

  private static String variants(ImportedActor a) {
    return String.join("|", a.synonyms().stream().map(ImportedActorWriter::displayName).toList());
  }

  /**
   * Dictionary names are in capitals, but our all-capital words match only capitals: words become
   * capitalised ("AL-ASSAD" → "Al-Assad"); words without a vowel stay abbreviations ("KCNA" has
   * vowels and becomes "Kcna"; "FSB" stays "FSB").
   */
  static String displayName(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.replace('\t', ' ').replace('|', ' ').split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      String[] parts = word.split("-", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.append('-');
        }
        out.append(capitalise(parts[i]));
      }
    }
    return out.toString();
  }

  private static String capitalise(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || !lower.matches(".*[aeiouy].*")) {
      return part.toUpperCase(Locale.ROOT);
    }
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static void write(Writer out, List<String> columns, List<String> rows) {
    try {
      out.write("# written by eventwire's ImportedActorWriter from a PETRARCH-style dictionary\n");
      out.write(String.join("\t", columns) + "\n");
      for (String row : rows) {
        out.write(row + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
