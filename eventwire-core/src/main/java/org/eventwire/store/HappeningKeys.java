package org.eventwire.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;

/**
 * What the candidate lookup of the clustering indexes: an event's parties, its lookup keys (type +
 * sorted pair of parties) and its date window.
 */
final class HappeningKeys {
  /** Days before its article's publication within which an undated event is taken to lie. */
  static final int UNDATED_WINDOW_DAYS = 7;

  private HappeningKeys() {}

  /**
   * The party of a reference as clustering sees it: its country, else its body ({@code IGO:UN}),
   * else its actor code; empty when unresolved (the words alone are not compared).
   */
  static Optional<String> party(ActorRef a) {
    if (a.country() != null) {
      return Optional.of(a.country());
    }
    if (a.igo() != null) {
      return Optional.of("IGO:" + a.igo());
    }
    return Optional.ofNullable(a.code());
  }

  /** The resolved parties of actors and recipients, sorted. */
  static SortedSet<String> parties(Event e) {
    SortedSet<String> out = actors(e);
    for (ActorRef a : e.recipients()) {
      party(a).ifPresent(out::add);
    }
    return out;
  }

  /** The resolved parties of the actors alone, sorted. */
  static SortedSet<String> actors(Event e) {
    SortedSet<String> out = new TreeSet<>();
    for (ActorRef a : e.actors()) {
      party(a).ifPresent(out::add);
    }
    return out;
  }

  /** The key of a founder that names one party only, {@code TYPE|A|*}. */
  private static final String ALONE = "|*";

  /**
   * The keys a new cluster is filed under: {@code TYPE|A} for every party, {@code TYPE|A|B} for
   * every sorted pair, and {@code TYPE|A|*} when A is its only party. Empty when the event names no
   * resolved party.
   */
  static List<String> filedUnder(Event e) {
    List<String> parties = new ArrayList<>(parties(e));
    List<String> keys = new ArrayList<>();
    for (String p : parties) {
      keys.add(e.type().name() + "|" + p);
    }
    keys.addAll(pairs(e.type().name(), parties));
    if (parties.size() == 1) {
      keys.add(e.type().name() + "|" + parties.get(0) + ALONE);
    }
    return keys;
  }

  /**
   * The keys an incoming event looks its candidates up under: its one party when it names one
   * (finding every founder with that party); else its sorted pairs and, for each party, the
   * founders that name that party alone (so a two-party report finds a cluster a one-party report
   * founded).
   */
  static List<String> lookup(Event e) {
    List<String> parties = new ArrayList<>(parties(e));
    if (parties.size() == 1) {
      return List.of(e.type().name() + "|" + parties.get(0));
    }
    List<String> keys = pairs(e.type().name(), parties);
    for (String p : parties) {
      keys.add(e.type().name() + "|" + p + ALONE);
    }
    return keys;
  }

  private static List<String> pairs(String type, List<String> sorted) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        keys.add(type + "|" + sorted.get(i) + "|" + sorted.get(j));
      }
    }
    return keys;
  }

  /**
   * The days the event may lie in: the days its date covers; when undated, the {@value
   * #UNDATED_WINDOW_DAYS} days up to its article's publication; empty when neither is known.
   */
  static Optional<LocalDate[]> window(Report r) {
    LocalDate[] range = EventRows.range(r.event().date());
    if (range[0] != null) {
      return Optional.of(range);
    }
    if (r.published() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new LocalDate[] {r.published().minusDays(UNDATED_WINDOW_DAYS), r.published()});
  }
}
