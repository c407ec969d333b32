package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Location;
import org.eventwire.model.PloverType;
import org.eventwire.nlp.DependencyGraph;

/**
 * Where an event took place, and what its place says about its parties: a would-be recipient that
 * is a place name is the place ("shelled Odesa"), and so is the host of a visit written as a place
 * ("visited Algiers"); with no named target, an act in another country bears on that country; a
 * current talk with no place takes the dateline's city (PlaceFinder's venue), a decision of a
 * seated body its seat ({@link BodySeats}); parties named only by their sector are the place's
 * country's ({@link LocalActors}), or the dateline's (when the article names that country) when
 * another country's party acts on them; a protest at home with no target is aimed at the
 * protesters' own country; coercion in a town with no one named doing it ("was placed under house
 * arrest in Juba") is that town's state's, and coercion by parties named only by their sector, with
 * no place, is the dateline country's when the article names it ("SEOUL - ... were detained by base
 * security guards").
 */
final class EventPlaces {
  private EventPlaces() {}

  /**
   * Acts that give or back: their sector-only recipients are whoever benefits, not the dateline
   * country's ("WASHINGTON - ... accused Rwanda of arming troops").
   */
  private static final java.util.Set<PloverType> COOPERATIVE =
      java.util.Set.of(PloverType.AID, PloverType.COOPERATE, PloverType.SUPPORT, PloverType.AGREE);

  /**
   * Acts that bring both sides together: the dateline city of either side may host them. A word
   * said (an accusation, a demand, a threat) is said where its speaker is: "KABUL - Iran summoned
   * the Afghan envoy" did not happen in Kabul.
   */
  private static final java.util.Set<PloverType> MEETINGS =
      java.util.Set.of(
          PloverType.CONSULT, PloverType.AGREE, PloverType.SUPPORT, PloverType.COOPERATE);

  /**
   * The event's place and its parties after placing.
   *
   * @param inferred why the place was taken though the sentence names none (the dateline's city, a
   *     body's seat), or null when the sentence names it
   */
  record Placed(
      Location location, String inferred, List<ActorRef> actors, List<ActorRef> recipients) {}

  /**
   * @param actorKeys the actors' countries, and their bodies as {@code IGO:key}
   */
  static Placed place(
      PlaceFinder places,
      BodySeats seats,
      DependencyGraph g,
      Trigger t,
      PredicateEntry entry,
      boolean planned,
      boolean historical,
      List<ActorRef> actors,
      List<ActorRef> recipients,
      List<String> actorKeys) {
    Location location = places.find(g, t);
    List<ActorRef> named = new ArrayList<>();
    for (ActorRef r : recipients) {
      Location place = r.code() == null ? places.named(r.text()) : null;
      if (place == null) {
        named.add(r);
      } else if (location == null) {
        location = place; // "shelled Odesa": a place, not an actor; it says where
      }
    }
    recipients = named;
    if (location == null && "visit".equals(entry.mode())) {
      location = destination(places, recipients); // "visited Algiers": the host and the place
    }
    boolean placeRecipient =
        recipients.isEmpty()
            && location != null
            && location.country() != null
            && !actorKeys.contains(location.country())
            && !entry.recipientSlots().contains("-");
    if (placeRecipient) {
      recipients = List.of(placeAsRecipient(location));
    }
    if (location == null) {
      location = places.argumentPlace(g, t); // "a tribunal in Dhaka issued ..."
    }
    if (actors.isEmpty() && entry.type() == PloverType.COERCE && inTown(location)) {
      actors = List.of(placeAsRecipient(location)); // "was placed under house arrest in Juba"
    }
    String inferred = null;
    if (location == null && !planned) {
      List<ActorRef> parties = new ArrayList<>(actors);
      if (MEETINGS.contains(entry.type())) {
        parties.addAll(recipients); // a visit or signing may be hosted by either side
      }
      location = places.venue(entry.type(), historical, parties);
      inferred = location == null ? null : "the dateline's city: no place in the sentence";
      if (location == null && !historical) {
        location = seats.seat(entry.type(), actors); // "the Security Council extended": UN HQ
        inferred =
            location == null ? null : "the seat of the acting body: no place in the sentence";
      }
      if (location == null && !historical && FORCE.contains(entry.type()) && onCrowd(recipients)) {
        location = places.protestPlace(); // "riot police used pepper spray on demonstrators"
        inferred = location == null ? null : "the protest's place: no place in the sentence";
      }
    }
    if (entry.type() == PloverType.PROTEST && location != null && inferred == null) {
      places.noteProtestPlace(location); // where the article's protesters are
    }
    // a place the sentence does not name places no local party
    String home = location != null && inferred == null ? location.country() : null; // "in Tbilisi"
    if (home == null
        && LocalActors.noneHasACountry(actors, recipients)
        && !seats.isSeat(places.datelinePlace())) { // THE HAGUE: the court's cases are elsewhere
      home = places.datelineCountry(); // "TBILISI (AP) - Riot police fired tear gas at ..."
    }
    if (home != null) {
      actors = LocalActors.placed(actors, home);
      recipients = LocalActors.placed(recipients, home);
      String at = home;
      boolean ownHost = entry.type() == PloverType.CONSULT && placeRecipient;
      if (ownHost && actors.stream().anyMatch(a -> at.equals(a.country()))) {
        recipients = List.of(); // "an envoy met ... in Washington": the envoy is the host's own
      }
    }
    String dateline = places.datelineCountryInPlay();
    if (home == null
        && dateline != null
        && entry.type() == PloverType.COERCE
        && !actors.isEmpty()
        && LocalActors.noneHasACountry(actors, List.of())) {
      actors = LocalActors.placed(actors, dateline); // SEOUL: "detained by base security guards"
    }
    String here = places.datelineCountry();
    if (home == null
        && here != null
        && entry.type() == PloverType.PROTEST
        && !actors.isEmpty()
        && LocalActors.noneHasACountry(actors, List.of())
        && !recipients.isEmpty()
        && recipients.stream().allMatch(r -> r.placed() && !here.equals(r.country()))) {
      actors = LocalActors.placed(actors, here); // MOGADISHU: "protesters stormed Kenya's embassy"
    }
    boolean against = !COOPERATIVE.contains(entry.type()); // a foreign giver's beneficiaries
    if (home == null && dateline != null && against && foreignAct(actors, recipients, dateline)) {
      recipients = LocalActors.placed(recipients, dateline); // HAVANA: "the U.S. blacklisted the
      // defense minister" is Cuba's minister
    }
    if (entry.type() == PloverType.PROTEST && recipients.isEmpty()) {
      recipients = ownGovernment(actors, location, inferred);
    }
    String ownState = soleCountry(actors);
    boolean domesticCritic = // "a Tunisian rights group accused security forces": Tunisia's
        VERBAL_CRITICISM.contains(entry.type())
            && actors.stream().allMatch(a -> a.sector() != null && CIVIL.contains(a.sector()));
    if ((entry.type() == PloverType.COERCE || domesticCritic)
        && ownState != null
        && !recipients.isEmpty()
        && LocalActors.noneHasACountry(List.of(), recipients)) {
      recipients = LocalActors.placed(recipients, ownState); // "the army arrested eleven soldiers"
    }
    return new Placed(location, inferred, actors, recipients);
  }

  /**
   * Parties of another country act on parties named only by their sector, in a story datelined
   * elsewhere: the sector-only parties are the dateline country's.
   */
  private static boolean foreignAct(
      List<ActorRef> actors, List<ActorRef> recipients, String dateline) {
    boolean sectorOnly =
        !recipients.isEmpty() && LocalActors.noneHasACountry(List.of(), recipients);
    boolean foreign =
        !actors.isEmpty()
            && actors.stream().allMatch(a -> a.country() != null && !a.country().equals(dateline));
    return sectorOnly && foreign;
  }

  /**
   * A protest with no target, held by one country's people in that country (as the sentence places
   * it), is aimed at their own government: "Cubans took to the streets in Havana".
   */
  private static List<ActorRef> ownGovernment(
      List<ActorRef> actors, Location location, String inferred) {
    if (location == null || inferred != null || location.country() == null) {
      return List.of();
    }
    boolean own =
        !actors.isEmpty() && actors.stream().allMatch(a -> location.country().equals(a.country()));
    return own ? List.of(placeAsRecipient(location)) : List.of();
  }

  private static final java.util.Set<PloverType> FORCE =
      java.util.Set.of(PloverType.ASSAULT, PloverType.COERCE);

  private static final java.util.regex.Pattern CROWD =
      java.util.regex.Pattern.compile(
          "(?i)\\b(protesters|demonstrators|crowds?|rioters|marchers)\\b");

  /** A leading preposition of a recipient phrase ("to Montevideo"). */
  private static final java.util.regex.Pattern LEADING_CASE =
      java.util.regex.Pattern.compile("^(?i)(to|in|at|into)\\s+");

  /** Force used on protesters or a crowd (sector OPP, or the words for them). */
  private static boolean onCrowd(List<ActorRef> recipients) {
    return recipients.stream()
        .anyMatch(
            r -> "OPP".equals(r.sector()) || (r.text() != null && CROWD.matcher(r.text()).find()));
  }

  /** The first recipient of a visit written as a place name: where the visit went. */
  private static Location destination(PlaceFinder places, List<ActorRef> recipients) {
    for (ActorRef r : recipients) {
      String text = r.text() == null ? null : LEADING_CASE.matcher(r.text()).replaceFirst("");
      Location place = text == null ? null : places.named(text); // "travel to Montevideo"
      if (place != null) {
        return place;
      }
    }
    return null;
  }

  /** A city or first-level division the sentence names: not a sea, a site or a whole country. */
  private static boolean inTown(Location l) {
    return l != null
        && l.country() != null
        && ("city".equals(l.precision()) || "admin1".equals(l.precision()));
  }

  /** With no named target, an act in another country bears on that country. */
  private static ActorRef placeAsRecipient(Location l) {
    return new ActorRef(l.name(), null, l.country(), null, null, l.country());
  }

  /** Criticism a society's own groups level at their state. */
  private static final Set<PloverType> VERBAL_CRITICISM =
      Set.of(PloverType.ACCUSE, PloverType.REQUEST, PloverType.PROTEST);

  /** Sectors of civil society, whose unnamed targets are their own state's. */
  private static final Set<String> CIVIL = Set.of("NGO", "HRI", "MED", "OPP", "CVL", "LAB", "EDU");

  /** The one country all actors with a country share, or null. */
  private static String soleCountry(List<ActorRef> actors) {
    List<String> countries =
        actors.stream().map(ActorRef::country).filter(c -> c != null).distinct().toList();
    return countries.size() == 1 ? countries.get(0) : null;
  }
}
