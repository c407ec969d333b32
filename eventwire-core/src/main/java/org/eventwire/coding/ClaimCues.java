package org.eventwire.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The claim-cue table ({@code eventwire/coding/claim-cues.tsv}): lemma and part of speech. */
public final class ClaimCues {
  /** What a cue does to the events it governs. */
  public enum Kind {
    REPORT,
    BELIEF,
    ALLEGE,
    DENY,
    PLAN,
    /** A timetable or expectation: planned, but no party's promise or threat. */
    SCHEDULE,
    HEDGE;

    /** Intention or timetable: both make an event planned. */
    public boolean future() {
      return this == PLAN || this == SCHEDULE;
    }
  }

  private final Map<String, Kind> cues;

  private ClaimCues(Map<String, Kind> cues) {
    this.cues = Map.copyOf(cues);
  }

  public static ClaimCues loadDefault() {
    String name = "eventwire/coding/claim-cues.tsv";
    InputStream in = ClaimCues.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return load(new InputStreamReader(in, StandardCharsets.UTF_8), name);
  }

  public static ClaimCues load(Reader reader, String source) {
    Map<String, Kind> cues = new HashMap<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw new IllegalArgumentException(source + ":" + n + ": expected 3 columns");
        }
        Kind kind = Kind.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
        if (cues.put(key(f[0].trim(), f[1].trim()), kind) != null) {
          throw new IllegalArgumentException(source + ":" + n + ": duplicate cue " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source, e);
    }
    return new ClaimCues(cues);
  }

  private static String key(String lemma, String pos) {
    return lemma.toLowerCase(Locale.ROOT) + "/" + pos;
  }

  /** The cue for a lemma used as a verb (V), modal (M), adverb (A), adjective (J) or noun (N). */
  public Optional<Kind> cue(String lemma, char pos) {
    return Optional.ofNullable(cues.get(key(lemma, String.valueOf(pos))));
  }

  /** Cue class of a Penn tag: V, M, A, J, N, or '-' for none. */
  public static char posClass(String tag) {
    if (tag.equals("MD")) {
      return 'M';
    }
    return switch (tag.isEmpty() ? '-' : tag.charAt(0)) {
      case 'V' -> 'V';
      case 'R' -> 'A';
      case 'J' -> 'J';
      case 'N' -> 'N';
      default -> '-';
    };
  }
}
