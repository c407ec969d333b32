package org.eventwire.resolve.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the UN Security Council Consolidated List.
 *
 * @param reference the list's reference number, e.g. KPe.001
 * @param kind individual or entity
 * @param primaryName the name as listed (for individuals: first to fourth name joined)
 * @param aliases the other names with their quality
 * @param listType the regime's UN_LIST_TYPE value, e.g. DPRK
 * @param listedOn the day it was listed, or null when the list gives none
 */
public record DesignatedParty(
    String reference,
    Kind kind,
    String primaryName,
    List<Alias> aliases,
    String listType,
    LocalDate listedOn) {

  /** What an entry lists. */
  public enum Kind {
    INDIVIDUAL,
    ENTITY
  }

  /**
   * Another name of an entry.
   *
   * @param name the name
   * @param quality the list's quality mark ("Good", "Low", "a.k.a.", "f.k.a.") or empty
   */
  public record Alias(String name, String quality) {

    /** True when the list marks the alias as of low quality. */
    public boolean low() {
      return quality.equalsIgnoreCase("low");
    }
  }

  public DesignatedParty {
    aliases = List.copyOf(aliases);
  }

  /** The primary name then the aliases. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(primaryName);
    aliases.forEach(a -> out.add(a.name()));
    return List.copyOf(out);
  }
}
