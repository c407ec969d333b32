package org.eventwire.corpus;

import java.time.LocalDate;

/**
 * One made-up happening that several invented articles report.
 *
 * @param id its id in the generator's truth file
 * @param kind what happened
 * @param actor who did it
 * @param recipient to whom (null for a launch)
 * @param date the day it happened (or is to happen, when announced)
 * @param announced true for the announcement of a visit that lies ahead
 */
record Happening(
    String id, Kind kind, Country actor, Country recipient, LocalDate date, boolean announced) {

  /** The kinds of happening the stories tell. */
  enum Kind {
    MEETING,
    AID,
    SANCTIONS,
    PROTEST,
    LAUNCH
  }

  /** Where it takes place: the recipient's capital, or the actor's for a launch. */
  Country host() {
    return recipient == null ? actor : recipient;
  }
}
