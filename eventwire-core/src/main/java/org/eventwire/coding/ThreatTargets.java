package org.eventwire.coding;

import java.util.List;
import java.util.Map;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * A threat that names no target is aimed at the target of the act it threatens: "threatened to
 * impose tariffs on Mexico" is a threat against Mexico, as the tariffs would be; "warned that
 * Kampala would respond in kind" against whom the response answers; a threat of nothing with a
 * target is aimed at whom the threatening party last acted against.
 */
final class ThreatTargets {
  private ThreatTargets() {}

  /**
   * Gives each target-less threat of the sentence the recipients of the event coded from its
   * complement clause (xcomp, else ccomp), in place.
   *
   * @param idByToken the id of the event coded from each trigger token of the sentence
   * @param out the article's events by id
   */
  static void fill(
      DependencyGraph g,
      List<Trigger> triggers,
      Map<Integer, String> idByToken,
      Map<String, Event> out) {
    for (Trigger t : triggers) {
      Event threat = out.get(idByToken.get(t.token()));
      if (threat == null
          || threat.type() != PloverType.THREATEN
          || !threat.recipients().isEmpty()) {
        continue;
      }
      List<Integer> content = new java.util.ArrayList<>(g.childrenByRelation(t.token(), "xcomp"));
      content.addAll(g.childrenByRelation(t.token(), "ccomp")); // "warned that X would respond"
      Event aimed = threat;
      for (int x : content) {
        Event act = out.get(idByToken.get(x));
        if (act != null && !act.recipients().isEmpty()) {
          aimed = threat.withRecipients(act.recipients());
          break;
        }
      }
      if (aimed.recipients().isEmpty()) { // "warned that the KPA would take merciless action"
        List<Event> before = new java.util.ArrayList<>();
        for (Event e : out.values()) {
          if (e.id().equals(threat.id())) {
            break;
          }
          before.add(e);
        }
        List<String> own = threat.actors().stream().map(ActorRef::country).toList();
        aimed = threat.withRecipients(ReactionTargets.ownAdversary(before, own));
      }
      out.put(threat.id(), aimed);
    }
  }
}
