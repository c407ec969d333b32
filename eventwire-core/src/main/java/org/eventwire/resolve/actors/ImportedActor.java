package org.eventwire.resolve.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * An actor read from a PETRARCH/TABARI-style dictionary by {@link PetrarchDictionaryImporter}.
 *
 * @param name the entry's name with spaces for underscores, as written ("BARACK OBAMA")
 * @param synonyms the names of its {@code +} lines, the same way
 * @param terms its codes with their date restrictions, in file order
 * @param source where the entry starts, {@code file:line}
 */
public record ImportedActor(String name, List<String> synonyms, List<Term> terms, String source) {

  public ImportedActor {
    synonyms = List.copyOf(synonyms);
    terms = List.copyOf(terms);
  }

  /**
   * One code of an entry, valid between dates.
   *
   * @param code the CAMEO code as written ({@code USAGOV}, {@code IGOUNO}, {@code ---REB})
   * @param from first day it holds, inclusive, or null
   * @param to first day it no longer holds, exclusive, or null
   */
  public record Term(String code, LocalDate from, LocalDate to) {}
}
