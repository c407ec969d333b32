package org.eventwire.resolve.sanctions;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.PloverType;
import org.eventwire.resolve.TsvRow;

/**
 * One row of {@code rules.tsv}: conditions on an event and the measure they point at. All
 * conditions must hold; an empty condition always holds (see {@code docs/sanctions.md}).
 *
 * @param id unique rule id, reported with every flag it raises
 * @param types event types, at least one
 * @param modes allowed modes; empty for any
 * @param contexts contexts of which the event must have one; empty for any
 * @param words phrases the event's words must hold
 * @param unless phrases none of which may occur
 * @param actor specs one actor must meet; empty for any
 * @param recipient specs one recipient must meet; empty for any
 * @param either specs one actor or recipient must meet; empty for any
 * @param regime regime id, or {@code listed} for the regime of the matched listing
 * @param measures measure ids in preference order: the first in force is flagged
 * @param note why the rule exists
 * @param source file and line
 */
public record Rule(
    String id,
    Set<PloverType> types,
    List<String> modes,
    List<String> contexts,
    WordCondition words,
    WordCondition unless,
    List<PartySpec> actor,
    List<PartySpec> recipient,
    List<PartySpec> either,
    String regime,
    List<String> measures,
    String note,
    String source) {

  /** The regime value meaning "the regime of the listing that matched". */
  public static final String LISTED_REGIME = "listed";

  static final List<String> COLUMNS =
      List.of(
          "id",
          "types",
          "modes",
          "contexts",
          "words",
          "unless",
          "actor",
          "recipient",
          "either",
          "regime",
          "measures",
          "note");

  public Rule {
    types = Set.copyOf(types);
    modes = List.copyOf(modes);
    contexts = List.copyOf(contexts);
    actor = List.copyOf(actor);
    recipient = List.copyOf(recipient);
    either = List.copyOf(either);
    measures = List.copyOf(measures);
  }

  /** True when some party condition asks for a listed party. */
  public boolean needsListing() {
    return actor.stream().anyMatch(PartySpec::listed)
        || recipient.stream().anyMatch(PartySpec::listed)
        || either.stream().anyMatch(PartySpec::listed);
  }

  static Rule of(TsvRow row, Map<String, List<String>> wordLists) {
    Set<PloverType> types = EnumSet.noneOf(PloverType.class);
    for (String t : row.list(1)) {
      try {
        types.add(PloverType.valueOf(t));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown event type " + t);
      }
    }
    if (types.isEmpty()) {
      throw row.error("no event type");
    }
    Rule rule =
        new Rule(
            row.required(0),
            types,
            row.list(2),
            row.list(3),
            WordCondition.parse(row.cell(4), wordLists, row.source()),
            WordCondition.parse(row.cell(5), wordLists, row.source()),
            PartySpec.parseAll(row.list(6), row.source()),
            PartySpec.parseAll(row.list(7), row.source()),
            PartySpec.parseAll(row.list(8), row.source()),
            row.required(9),
            row.list(10),
            row.cell(11),
            row.source());
    if (rule.measures.isEmpty()) {
      throw row.error("no measure");
    }
    if (rule.regime.equals(LISTED_REGIME) && !rule.needsListing()) {
      throw row.error("regime 'listed' needs a 'listed' party condition");
    }
    return rule;
  }
}
