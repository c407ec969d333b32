package org.eventwire.eval;

import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;

/**
 * One-line summaries of events, e.g. {@code CONSULT RUS→PRK 2023-12-12 day attributed @Pyongyang}.
 */
public final class Summaries {
  private Summaries() {}

  public static String of(Event e) {
    StringJoiner line = new StringJoiner(" ");
    line.add(e.type() + " " + parties(labels(e.actors()), labels(e.recipients()), "→"));
    line.add(dated(e.date(), e.datePrecision() == null ? null : e.datePrecision().json()));
    if (e.modality() != null) {
      line.add(e.modality().json());
    }
    if (e.location() != null && e.location().name() != null) {
      line.add("@" + e.location().name());
    }
    return line.toString();
  }

  public static String of(GoldEvent g) {
    StringJoiner line = new StringJoiner(" ");
    line.add("#" + g.n());
    line.add(g.type() + " " + parties(g.actor(), g.recipient(), g.directed() ? "→" : "↔"));
    line.add(dated(g.date(), g.datePrecision() == null ? null : g.datePrecision().json()));
    line.add(g.modality() == null ? "?" : g.modality().json());
    if (g.location() != null) {
      line.add("@" + g.location());
    }
    return line.toString();
  }

  private static List<String> labels(List<ActorRef> actors) {
    return actors.stream().map(ActorKeys::label).toList();
  }

  private static String parties(List<String> actors, List<String> recipients, String arrow) {
    String from = actors.isEmpty() ? "?" : String.join("+", actors);
    return recipients.isEmpty()
        ? from
        : from + arrow + recipients.stream().collect(Collectors.joining("+"));
  }

  private static String dated(String date, String precision) {
    return date == null ? "undated" : date + " " + precision;
  }
}
