package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Explanation;
import org.eventwire.model.Location;
import org.eventwire.resolve.dates.EventDate;

/**
 * The {@code --explain} record of one coded event: the lexicon row, the argument rule, how each
 * party was resolved, the claim cue, the date rule and the place. Object lemmas are listed in
 * alphabetical order, so that the same input explains the same way in every run.
 */
final class EventExplanations {

  private EventExplanations() {}

  static Explanation of(
      PredicateEntry entry,
      ArgumentFinder.Heads heads,
      ClaimAnalyzer.Claim claim,
      EventDate date,
      Location location,
      String placeInferred,
      ActorMentions mentions,
      List<ActorRef> actors,
      List<ActorRef> recipients,
      List<ActorRef> claimants) {
    List<String> who = new ArrayList<>();
    for (var role :
        List.of(
            Map.entry("actor", actors),
            Map.entry("recipient", recipients),
            Map.entry("claimant", claimants))) {
      for (ActorRef r : role.getValue()) {
        who.add(
            role.getKey()
                + " '"
                + r.text()
                + "' -> "
                + (r.code() == null ? "unresolved" : r.code())
                + " ("
                + mentions.how(r)
                + ")");
      }
    }
    String predicate =
        "predicates.tsv:"
            + entry.line()
            + " "
            + entry.lemma()
            + (entry.objects().isEmpty()
                ? ""
                : " +" + String.join("|", new TreeSet<>(entry.objects())))
            + " -> "
            + entry.type()
            + (entry.mode() == null ? "" : " " + entry.mode())
            + " "
            + entry.cameo()
            + " ("
            + entry.note()
            + ")";
    String cue =
        claim.cue() == null
            ? "no cue: " + claim.modality().json()
            : claim.modality().json() + " from '" + claim.cue() + "'";
    String when = date.rule() + (date.text() == null ? "" : " '" + date.text() + "'");
    String where =
        location == null
            ? "none"
            : (location.gazetteerId() == null ? unlisted(location) : location.gazetteerId())
                + " ("
                + location.precision()
                + (placeInferred == null ? "" : ", " + placeInferred)
                + ")";
    return new Explanation(predicate, heads.rule(), who, cue, when, where);
  }

  /** A place the gazetteer does not list: its written name, and whose point it carries. */
  private static String unlisted(Location location) {
    return "'"
        + location.name()
        + "' is not in the gazetteer"
        + (location.lat() == null ? ", no coordinates" : ": the point of its qualifier");
  }
}
