package org.eventwire.eval;

import java.util.List;
import org.eventwire.model.PloverType;

/**
 * Scores on the PLOVER gold-standard sentences.
 *
 * @param suite gold file name
 * @param records sentences scored
 * @param errors sentences whose coding threw
 * @param typeRecall sentences whose gold type is among the coded events' types
 * @param noEvent sentences that gave no event at all
 * @param perType type recall per gold type
 * @param actorAgreement among type-recalled sentences whose gold source has a code: those where an
 *     event of the gold type has an actor with the same 3-character country prefix
 * @param misses sentences whose gold type was not coded
 */
public record PloverReport(
    String suite,
    int records,
    int errors,
    Ratio typeRecall,
    int noEvent,
    List<TypeRow> perType,
    Ratio actorAgreement,
    List<Miss> misses)
    implements SuiteReport {

  public PloverReport {
    perType = List.copyOf(perType);
    misses = List.copyOf(misses);
  }

  /** Recall of one gold type. */
  public record TypeRow(PloverType type, Ratio recall) {}

  /** A sentence whose gold type was not among the coded types. */
  public record Miss(String id, PloverType gold, List<PloverType> coded, String error) {
    public Miss {
      coded = List.copyOf(coded);
    }
  }
}
