package org.eventwire.eval;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.PloverType;

/**
 * One PLOVER gold-standard sentence.
 *
 * @param id record id
 * @param date story date
 * @param text the sentence
 * @param type the gold PLOVER type
 * @param source source actors
 * @param target target actors
 */
public record PloverRecord(
    String id,
    LocalDate date,
    String text,
    PloverType type,
    List<GoldActor> source,
    List<GoldActor> target) {

  public PloverRecord {
    source = source == null ? List.of() : List.copyOf(source);
    target = target == null ? List.of() : List.copyOf(target);
  }

  /**
   * An actor of a gold sentence.
   *
   * @param text the words
   * @param code CAMEO country or body code, or null
   * @param sector sector code, or null
   */
  public record GoldActor(String text, String code, String sector) {}
}
