package org.eventwire.eval;

import java.util.List;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * One gold event of a seed-gold file.
 *
 * @param n the event's number in the gold file
 * @param required true for a headline event every coder must produce
 * @param type the PLOVER type
 * @param altTypes other types an analyst would also accept
 * @param actor actor keys: ISO3 country codes or {@code IGO:<name>}
 * @param recipient recipient keys, same form; may be empty
 * @param directed false when actor and recipient may be swapped
 * @param date YYYY-MM-DD, YYYY-MM or YYYY, or null when the text gives none
 * @param datePrecision precision of {@code date}, or null
 * @param location place name, or null
 * @param locationCountry ISO3 of the place, or null
 * @param modality the expected modality
 * @param claimant who claims it, or null
 * @param sanctionsRelevant whether the event touches a sanctions regime
 * @param evidence the words it is coded from
 */
public record GoldEvent(
    int n,
    boolean required,
    PloverType type,
    List<PloverType> altTypes,
    List<String> actor,
    List<String> recipient,
    boolean directed,
    String date,
    DatePrecision datePrecision,
    String location,
    String locationCountry,
    Modality modality,
    String claimant,
    boolean sanctionsRelevant,
    String evidence) {

  public GoldEvent {
    altTypes = altTypes == null ? List.of() : List.copyOf(altTypes);
    actor = actor == null ? List.of() : List.copyOf(actor);
    recipient = recipient == null ? List.of() : List.copyOf(recipient);
  }

  /** True when {@code candidate} is the gold type or one of the alternatives. */
  public boolean accepts(PloverType candidate) {
    return type == candidate || altTypes.contains(candidate);
  }
}
