package org.eventwire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How certain an event is, per the contract. */
public enum Modality {
  /** The article states it as fact. */
  ASSERTED,
  /** Something that happened, reported by a source the article names that is no party to it. */
  ATTRIBUTED,
  /** One side's firm claim about what another side did. */
  ALLEGED,
  /** A hedged assessment ("experts believe"). */
  BELIEVED,
  /** Future or intended. */
  PLANNED,
  /** A party denies it. */
  DENIED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Modality parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
