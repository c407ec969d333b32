package org.eventwire.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Modality;

/**
 * One happening, one record within an article: the lead's summary of a meeting and the later
 * sentence that details it become one record carrying both evidence spans. Two records merge when
 * they have the same type, the parties of one are among the parties of the other, their dates are
 * compatible (one contains the other; at least one is known) and both are stated as fact or both
 * are not; two acts of different codes in one sentence stay two ("expelled the staff and recalled
 * the ambassador", "recalled its envoy and suspended imports"). The record kept is the more precise
 * one (finer date, more parties).
 */
final class HappeningMerger {

  List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int same = indexOfSameHappening(out, e);
      if (same < 0) {
        out.add(e);
      } else {
        out.set(same, combine(out.get(same), e));
      }
    }
    return out;
  }

  private static int indexOfSameHappening(List<Event> kept, Event e) {
    for (int i = 0; i < kept.size(); i++) {
      if (sameHappening(kept.get(i), e)) {
        return i;
      }
    }
    return -1;
  }

  static boolean sameHappening(Event a, Event b) {
    if (a.type() != b.type() || a.negated() || b.negated()) {
      return false;
    }
    if (!factual(a.modality()) || !factual(b.modality())) {
      return false; // claims stay one record per claim
    }
    if (a.evidence().sentenceIndex() == b.evidence().sentenceIndex()
        && a.cameo() != null
        && !a.cameo().equals(b.cameo())) {
      return false; // "recalled its envoy and suspended imports": two acts, even when one is 160
    }
    Set<String> actorsA = keys(a.actors());
    Set<String> actorsB = keys(b.actors());
    if (!actorsA.isEmpty()
        && !actorsB.isEmpty()
        && java.util.Collections.disjoint(actorsA, actorsB)) {
      return false; // A→B and B→A are two happenings
    }
    if (a.date() == null && b.date() == null) {
      return false;
    }
    if (a.date() != null
        && b.date() != null
        && !(a.date().startsWith(b.date()) || b.date().startsWith(a.date()))) {
      return false;
    }
    if (a.date() == null || b.date() == null) {
      return false;
    }
    Set<String> pa = parties(a);
    Set<String> pb = parties(b);
    return !pa.isEmpty() && !pb.isEmpty() && (pa.containsAll(pb) || pb.containsAll(pa));
  }

  private static boolean factual(Modality m) {
    return m == Modality.ASSERTED || m == Modality.ATTRIBUTED;
  }

  private static Set<String> parties(Event e) {
    Set<String> out = keys(e.actors());
    out.addAll(keys(e.recipients()));
    return out;
  }

  private static Set<String> keys(List<ActorRef> refs) {
    Set<String> out = new HashSet<>();
    for (ActorRef r : refs) {
      out.add(key(r));
    }
    out.remove(null);
    return out;
  }

  private static String key(ActorRef r) {
    return r.country() != null ? r.country() : r.igo() != null ? "IGO:" + r.igo() : null;
  }

  private static Event combine(Event a, Event b) {
    Event keep = better(a, b);
    Event other = keep == a ? b : a;
    List<Evidence> more = new ArrayList<>(keep.moreEvidence());
    more.add(other.evidence());
    more.addAll(other.moreEvidence());
    more.removeIf(ev -> Objects.equals(ev, keep.evidence()));
    return keep.withMoreEvidence(more.stream().distinct().toList());
  }

  private static Event better(Event a, Event b) {
    int da = a.date() == null ? 0 : a.date().length();
    int db = b.date() == null ? 0 : b.date().length();
    if (da != db) {
      return da > db ? a : b;
    }
    return parties(b).size() > parties(a).size() ? b : a;
  }
}
