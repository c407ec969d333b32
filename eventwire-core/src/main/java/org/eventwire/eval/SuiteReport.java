package org.eventwire.eval;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The scores of one gold file. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PloverReport.class, name = "plover"),
  @JsonSubTypes.Type(value = PetrarchReport.class, name = "petrarch"),
  @JsonSubTypes.Type(value = SeedReport.class, name = "seed")
})
public sealed interface SuiteReport permits PloverReport, PetrarchReport, SeedReport {

  /** The gold file's name. */
  String suite();
}
