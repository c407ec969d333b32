package org.eventwire.coding.lexicon;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventwire.coding.lexicon.PredicateEntry.Pos;
import org.eventwire.model.PloverType;

/** Turns rows of {@code predicates.tsv} into entries, naming file and line on every problem. */
final class PredicateRows {

  static final int COLUMNS = 10;

  private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*");

  /**
   * An object lemma, or {@code @person}: any object the NER tags as a person ("freed Ivanov"), or a
   * {@code subject:}, {@code xcomp:} or preposition key for a verb with no object ("protesters
   * gathered", "vowed to respond", "took to the streets"), or {@code named:} for what a naming verb
   * calls its object ("called the closure disproportionate").
   */
  private static final Pattern OBJECT =
      Pattern.compile(
          "@person|(subject:|xcomp:|named:|"
              + String.join(
                  "|", PredicateLexicon.CLAUSE_PREPOSITIONS.stream().map(p -> p + ":").toList())
              + ")?[a-z][a-z'-]*");

  private static final Pattern TAG = Pattern.compile("[a-z][a-z_-]*");

  /** A recipient slot, or {@code <prep}: the actor is in that phrase and the subject receives. */
  private static final Pattern SLOT = Pattern.compile("<?[a-z][a-z_-]*");

  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
  private static final String NONE = "-";

  private PredicateRows() {}

  static PredicateEntry parse(TsvRow row) {
    String lemma = row.cell(0);
    if (!WORD.matcher(lemma).matches()) {
      throw row.error("bad lemma '" + lemma + "' (lower-case letters, hyphen or apostrophe)");
    }
    Pos pos = pos(row);
    String particle = optional(row.cell(2));
    if (particle != null && !WORD.matcher(particle).matches()) {
      throw row.error("bad particle '" + particle + "'");
    }
    if (particle != null && pos == Pos.NOUN) {
      throw row.error("a noun row cannot have a particle");
    }
    Set<String> objects = new LinkedHashSet<>(list(row, row.cell(3), "object", OBJECT));
    PloverType type = type(row);
    String mode = optional(row.cell(5));
    if (mode != null && !TAG.matcher(mode).matches()) {
      throw row.error("bad mode '" + mode + "'");
    }
    String cameo = cameo(row);
    List<String> slots = list(row, row.cell(7), "recipient slot", SLOT);
    if (slots.stream().filter(x -> x.startsWith("<")).count() > 1) {
      throw row.error("at most one swapped-role slot (<prep)");
    }
    List<String> contexts = list(row, row.cell(8), "context", TAG);
    String note = row.cell(9);
    if (note.isEmpty() || note.equals(NONE)) {
      throw row.error("missing note");
    }
    return new PredicateEntry(
        lemma, pos, particle, objects, type, mode, cameo, slots, contexts, note, row.line());
  }

  private static Pos pos(TsvRow row) {
    return switch (row.cell(1)) {
      case "V" -> Pos.VERB;
      case "N" -> Pos.NOUN;
      default -> throw row.error("unknown pos '" + row.cell(1) + "' (V or N)");
    };
  }

  private static PloverType type(TsvRow row) {
    String name = row.cell(4);
    return Arrays.stream(PloverType.values())
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> row.error("unknown type '" + name + "'"));
  }

  private static String cameo(TsvRow row) {
    String code = row.cell(6);
    if (!CAMEO.matcher(code).matches()) {
      throw row.error("bad cameo code '" + code + "' (2 to 4 digits, leading zeros kept)");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw row.error("cameo code '" + code + "' has no root 01..20");
    }
    return code;
  }

  private static String optional(String cell) {
    return cell.isEmpty() || cell.equals(NONE) ? null : cell;
  }

  private static List<String> list(TsvRow row, String cell, String what, Pattern pattern) {
    if (cell.isEmpty() || cell.equals(NONE)) {
      return List.of();
    }
    List<String> items = Arrays.stream(cell.split(",", -1)).map(String::strip).toList();
    for (String item : items) {
      if (!pattern.matcher(item).matches()) {
        throw row.error("bad " + what + " '" + item + "'");
      }
    }
    if (new LinkedHashSet<>(items).size() != items.size()) {
      throw row.error("repeated " + what + " in '" + cell + "'");
    }
    return items;
  }
}
