package org.eventwire.resolve.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventwire.model.ActorRef;

/**
 * A condition on one actor or recipient, as written in {@code rules.tsv}:
 *
 * <ul>
 *   <li>{@code PRK}: the actor's country is PRK;
 *   <li>{@code CAF/REB}: country CAF and sector REB;
 *   <li>{@code IGO:UNSC}: the actor is the body UNSC;
 *   <li>{@code ~houthi}: the phrase occurs in the actor's words or canonical name;
 *   <li>{@code listed}: the actor's words or name match a Consolidated List entry.
 * </ul>
 *
 * @param written the spec as written
 * @param country ISO3 or null
 * @param sector sector or null
 * @param igo body key or null
 * @param phrase words of a text phrase, or empty
 * @param listed true for {@code listed}
 */
public record PartySpec(
    String written,
    String country,
    String sector,
    String igo,
    List<String> phrase,
    boolean listed) {

  public PartySpec {
    phrase = List.copyOf(phrase);
  }

  /** Parses one spec; throws with {@code source} on a malformed one. */
  static PartySpec parse(String written, String source) {
    String text = written.strip();
    if (text.equals("listed")) {
      return new PartySpec(text, null, null, null, List.of(), true);
    }
    if (text.startsWith("IGO:") && text.length() > 4) {
      return new PartySpec(text, null, null, text.substring(4), List.of(), false);
    }
    if (text.startsWith("~") && text.length() > 1) {
      return new PartySpec(text, null, null, null, Words.phrase(text.substring(1)), false);
    }
    String[] parts = text.split("/", -1);
    if (parts.length <= 2 && parts[0].matches("[A-Z]{3}")) {
      String sector = parts.length == 2 ? parts[1] : null;
      if (sector != null && !sector.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(source + ": bad sector in party spec '" + text + "'");
      }
      return new PartySpec(text, parts[0], sector, null, List.of(), false);
    }
    throw new IllegalArgumentException(source + ": bad party spec '" + text + "'");
  }

  /** Parses a {@code |}-separated list of specs. */
  static List<PartySpec> parseAll(List<String> written, String source) {
    List<PartySpec> out = new ArrayList<>();
    for (String w : written) {
      out.add(parse(w, source));
    }
    return List.copyOf(out);
  }

  /**
   * True when the actor meets this spec; a {@code listed} spec never matches here (the screen asks
   * its designation index instead).
   */
  boolean matches(ActorRef actor) {
    if (listed) {
      return false;
    }
    if (igo != null) {
      return igo.equals(actor.igo());
    }
    if (country != null) {
      return country.equals(actor.country())
          && (sector == null || sector.equals(upper(actor.sector())));
    }
    List<String> words = new ArrayList<>(Words.of(actor.text()));
    words.addAll(Words.of(actor.name()));
    return Words.contains(words, phrase);
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
