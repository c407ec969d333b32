package org.eventwire.eval;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eventwire.model.Event;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.resolve.places.Gazetteer;

/** Attribute checks of a predicted event against the gold event it matched. */
public final class SeedChecks {
  private static final Set<Modality> FACTUAL = EnumSet.of(Modality.ASSERTED, Modality.ATTRIBUTED);

  private SeedChecks() {}

  /** Date string and precision both equal (both null counts as equal: the text gives no date). */
  /**
   * The predicted date is the gold date at the gold precision, or a finer date inside it (the gold
   * states what the text requires at least: "month precision is required, the day is a bonus").
   */
  public static boolean date(GoldEvent gold, Event pred) {
    if (Objects.equals(gold.date(), pred.date())
        && Objects.equals(gold.datePrecision(), pred.datePrecision())) {
      return true;
    }
    return gold.date() != null
        && pred.date() != null
        && pred.date().length() > gold.date().length()
        && pred.date().startsWith(gold.date());
  }

  public static boolean modality(GoldEvent gold, Event pred) {
    return gold.modality() == pred.modality();
  }

  /** Same side of factual {asserted, attributed} versus non-factual (the rest). */
  public static boolean factuality(GoldEvent gold, Event pred) {
    return isFactual(gold.modality()) == isFactual(pred.modality());
  }

  public static boolean isFactual(Modality modality) {
    return modality != null && FACTUAL.contains(modality);
  }

  /**
   * Null when the gold gives no location; else true when the predicted place has the gold name or
   * the name of one of the places it lists (ignoring case and division words: "Amur region" is
   * "Amur Oblast"), or the gold place is a country and the predicted place lies in it.
   */
  public static Boolean location(GoldEvent gold, Event pred) {
    if (gold.location() == null) {
      return null;
    }
    Location loc = pred.location();
    if (loc == null) {
      return false;
    }
    if (loc.name() != null && samePlace(goldPlaces(gold.location()), baseName(loc.name()))) {
      return true;
    }
    boolean goldIsCountry = CountryNames.iso3(gold.location()).isPresent();
    return goldIsCountry
        && gold.locationCountry() != null
        && gold.locationCountry().equals(loc.country());
  }

  /**
   * The places a gold location names: the whole text and, when it lists or qualifies places
   * ("Chisinau; Balti", "United Nations headquarters, New York", "Yemen (Sanaa, Hodeida)", "near
   * Savannah, Georgia"), each listed place without a leading near/around/outside.
   */
  static java.util.Set<String> goldPlaces(String location) {
    java.util.Set<String> out = new java.util.HashSet<>();
    out.add(baseName(location));
    for (String part : location.split("[,;()]")) {
      String p = part.strip().replaceFirst("(?i)^(near|around|outside|off)\\s+", "");
      if (!p.isEmpty()) {
        out.add(baseName(p));
      }
    }
    return out;
  }

  /**
   * Whether a predicted place name is one the gold names, also when the two differ only by words
   * for the kind of place ("Kuznica crossing" is "Kuznica border crossing", "Argyle international
   * airport" is "Argyle").
   */
  static boolean samePlace(java.util.Set<String> goldNames, String predicted) {
    if (goldNames.contains(predicted)) {
      return true;
    }
    String bare = withoutKindWords(predicted);
    return !bare.isEmpty()
        && goldNames.stream().map(SeedChecks::withoutKindWords).anyMatch(bare::equals);
  }

  private static final java.util.regex.Pattern KIND_WORDS =
      java.util.regex.Pattern.compile(
          "\\b(border|crossing|international|airport|islands?|islets?|village|town|suburb"
              + "|district|neighbou?rhood|quarter|enclave)\\b");

  static String withoutKindWords(String core) {
    return KIND_WORDS.matcher(core).replaceAll(" ").trim().replaceAll("\\s+", " ");
  }

  static String baseName(String name) {
    return Gazetteer.coreName(name);
  }

  /** Non-empty sanctions on the event exactly when the gold says it is sanctions-relevant. */
  public static boolean sanctions(GoldEvent gold, Event pred) {
    return !pred.sanctions().isEmpty() == gold.sanctionsRelevant();
  }
}
