package org.eventwire.resolve.actors;

/** An entry of the actor knowledge base, with the file and line it came from. */
public sealed interface KbEntry
    permits Country, Igo, SectorTerm, Organization, Person, NonActor, Region {

  /** Where the entry is defined, {@code file:line}. */
  String source();
}
