package org.eventwire.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eventwire.model.Event;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * The rule "same happening across articles" (v1): whether a record of a new article joins a
 * cluster, judged against the cluster's founder (its first record). It never mutates its input and
 * names the test that decided. Tests, in order, each of which keeps the two apart when it fails:
 *
 * <ol>
 *   <li>{@code type}: the same PLOVER type;
 *   <li>{@code planned}: both planned or both reported as happening (an announcement is not the
 *       visit);
 *   <li>{@code negated}: both negated or neither;
 *   <li>{@code parties}: both name resolved parties and share at least two of them (one when either
 *       names only one);
 *   <li>{@code roles}: for directed types, when both name actors, the actor sides share a party (A
 *       accusing B is not B accusing A); CONSULT and COOPERATE are mutual (the same talks are
 *       reported as A meeting B and as B holding talks with A);
 *   <li>{@code date}: the days they may lie in overlap ({@link HappeningKeys#window}); at least one
 *       is dated (two undated records are never joined);
 *   <li>{@code place}: when both are placed, in the same country.
 * </ol>
 *
 * Differences that survive (modality, a finer or coarser date, another place in the same country,
 * another mode) are recorded as {@link Disagreement}s.
 */
final class ClusterRule {
  static final String NAME = "same-happening-v1";

  /** Types whose parties act together, so who is actor and who recipient does not matter. */
  private static final Set<PloverType> MUTUAL =
      EnumSet.of(PloverType.CONSULT, PloverType.COOPERATE);

  ClusterDecision decide(String clusterId, Report founder, Report incoming) {
    Event f = founder.event();
    Event e = incoming.event();
    if (f.type() != e.type()) {
      return ClusterDecision.apart("type: " + f.type() + " vs " + e.type());
    }
    if (planned(f) != planned(e)) {
      return ClusterDecision.apart(
          "planned: " + f.modality().json() + " vs " + e.modality().json());
    }
    if (f.negated() != e.negated()) {
      return ClusterDecision.apart("negated: " + f.negated() + " vs " + e.negated());
    }
    SortedSet<String> shared = HappeningKeys.parties(f);
    shared.retainAll(HappeningKeys.parties(e));
    int needed =
        Math.min(2, Math.min(HappeningKeys.parties(f).size(), HappeningKeys.parties(e).size()));
    if (needed == 0 || shared.size() < needed) {
      return ClusterDecision.apart("parties: shared " + shared + ", need " + Math.max(1, needed));
    }
    Optional<String> roles = rolesReversed(f, e);
    if (roles.isPresent()) {
      return ClusterDecision.apart(roles.get());
    }
    Optional<String> date = datesApart(founder, incoming);
    if (date.isPresent()) {
      return ClusterDecision.apart(date.get());
    }
    if (placesApart(f.location(), e.location())) {
      return ClusterDecision.apart(
          "place: " + f.location().country() + " vs " + e.location().country());
    }
    return new ClusterDecision(
        true,
        NAME + ": " + f.type() + ", parties " + shared + ", dates " + show(f) + "~" + show(e),
        score(shared.size(), f, e),
        disagreements(clusterId, f, e));
  }

  private static boolean planned(Event e) {
    return e.modality() == Modality.PLANNED;
  }

  private static Optional<String> rolesReversed(Event f, Event e) {
    if (MUTUAL.contains(f.type())) {
      return Optional.empty();
    }
    SortedSet<String> a = HappeningKeys.actors(f);
    SortedSet<String> b = HappeningKeys.actors(e);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    SortedSet<String> common = new TreeSet<>(a);
    common.retainAll(b);
    return common.isEmpty() ? Optional.of("roles: actors " + a + " vs " + b) : Optional.empty();
  }

  private static Optional<String> datesApart(Report founder, Report incoming) {
    if (founder.event().date() == null && incoming.event().date() == null) {
      return Optional.of("date: both undated");
    }
    Optional<LocalDate[]> a = HappeningKeys.window(founder);
    Optional<LocalDate[]> b = HappeningKeys.window(incoming);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.of("date: undated with no publication date");
    }
    boolean overlap = !a.get()[0].isAfter(b.get()[1]) && !b.get()[0].isAfter(a.get()[1]);
    return overlap
        ? Optional.empty()
        : Optional.of("date: " + show(founder.event()) + " vs " + show(incoming.event()));
  }

  private static boolean placesApart(Location a, Location b) {
    return a != null
        && b != null
        && a.country() != null
        && b.country() != null
        && !a.country().equals(b.country());
  }

  private static int score(int sharedParties, Event f, Event e) {
    int s = 10 * sharedParties;
    if (Objects.equals(f.date(), e.date())) {
      s += 5;
    }
    if (f.location() != null
        && e.location() != null
        && Objects.equals(f.location().name(), e.location().name())) {
      s += 2;
    }
    if (Objects.equals(f.mode(), e.mode())) {
      s += 1;
    }
    return s;
  }

  private static List<Disagreement> disagreements(String clusterId, Event f, Event e) {
    List<Disagreement> out = new ArrayList<>();
    if (f.modality() != e.modality()) {
      out.add(
          new Disagreement(
              clusterId, e.id(), "modality", f.modality().json(), e.modality().json()));
    }
    if (f.date() != null && e.date() != null && !f.date().equals(e.date())) {
      out.add(new Disagreement(clusterId, e.id(), "date", f.date(), e.date()));
    }
    String fp = placeName(f.location());
    String ep = placeName(e.location());
    if (fp != null && ep != null && !fp.equals(ep)) {
      out.add(new Disagreement(clusterId, e.id(), "place", fp, ep));
    }
    if (f.mode() != null && e.mode() != null && !f.mode().equals(e.mode())) {
      out.add(new Disagreement(clusterId, e.id(), "mode", f.mode(), e.mode()));
    }
    return out;
  }

  private static String placeName(Location l) {
    return l == null ? null : l.name();
  }

  private static String show(Event e) {
    return e.date() == null ? "undated" : e.date();
  }
}
