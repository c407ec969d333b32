package org.eventwire.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;

/**
 * A domain assertion over coded events, written the way an analyst says it: {@code "CONSULT
 * RUS→PRK"}, {@code "SUPPORT EGY↔QAT"} (either direction, or all parties as actors), {@code
 * "MOBILIZE PRK"} (no recipient required), optionally followed by {@code on 2023-12-12} and a
 * modality word ({@code alleged}).
 */
public record EventExpectation(
    String type,
    Set<String> actors,
    Set<String> recipients,
    boolean directed,
    String date,
    String modality,
    String text) {

  public static EventExpectation parse(String spec) {
    String[] words = spec.trim().split("\\s+");
    String type = words[0];
    Set<String> actors = Set.of();
    Set<String> recipients = Set.of();
    boolean directed = true;
    String date = null;
    String modality = null;
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.equals("on")) {
        date = words[++i];
      } else if (w.contains("→") || w.contains("↔")) {
        directed = w.contains("→");
        String[] parts = w.split("[→↔]");
        actors = codes(parts[0]);
        recipients = parts.length > 1 ? codes(parts[1]) : Set.of();
      } else if (w.equals(w.toUpperCase(Locale.ROOT))) {
        actors = codes(w);
      } else {
        modality = w;
      }
    }
    return new EventExpectation(type, actors, recipients, directed, date, modality, spec);
  }

  private static Set<String> codes(String s) {
    return Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).collect(Collectors.toSet());
  }

  public boolean matches(Event e) {
    if (!e.type().name().equals(type)) {
      return false;
    }
    if (date != null && !date.equals(e.date())) {
      return false;
    }
    if (modality != null && !modality.equals(e.modality().json())) {
      return false;
    }
    Set<String> a = keys(e.actors());
    Set<String> r = keys(e.recipients());
    boolean forward = a.containsAll(actors) && r.containsAll(recipients);
    if (directed) {
      return forward;
    }
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(r);
    boolean backward = r.containsAll(actors) && a.containsAll(recipients);
    return forward || backward || (all.containsAll(actors) && all.containsAll(recipients));
  }

  /** Country codes, IGO names as IGO:X, and full CAMEO codes of the refs. */
  static Set<String> keys(List<ActorRef> refs) {
    return refs.stream()
        .flatMap(
            r ->
                java.util.stream.Stream.of(
                    r.country(), r.igo() == null ? null : "IGO:" + r.igo(), r.code()))
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  /** One line per event, for failure messages. */
  public static String describe(List<Event> events) {
    return events.stream()
        .map(
            e ->
                e.type()
                    + " "
                    + keys(e.actors())
                    + "→"
                    + keys(e.recipients())
                    + " "
                    + e.date()
                    + " "
                    + e.modality().json()
                    + (e.negated() ? " NEGATED" : "")
                    + " ["
                    + e.evidence().trigger()
                    + "]")
        .collect(Collectors.joining("\n  ", "  ", ""));
  }
}
