package org.eventwire.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A seed-gold file: gold events for one article.
 *
 * @param article path of the article, relative to the gold file
 * @param id the article id
 * @param published publication date
 * @param events gold events
 * @param mustNot the analyst's prohibitions, in words (checked generically by {@link MustNotRules})
 */
public record SeedGold(
    String article, String id, LocalDate published, List<GoldEvent> events, List<String> mustNot) {

  public SeedGold {
    events = events == null ? List.of() : List.copyOf(events);
    mustNot = mustNot == null ? List.of() : List.copyOf(mustNot);
  }
}
