package org.eventwire.corpus;

import java.util.List;
import java.util.Random;

/**
 * The words of the invented stories: lead sentences per kind of happening, headlines, background
 * sentences and outlets. Written for eventwire; slots in braces: {@code {A}} actor, {@code {B}}
 * recipient, {@code {city}}, {@code {date}} ("March 4").
 */
final class Wording {
  static final List<String> OUTLETS =
      List.of(
          "Northern Wire",
          "Harbour Press",
          "Meridian News",
          "Capital Ledger",
          "Eastern Dispatch",
          "Coastal Times",
          "Plains Courier",
          "Summit Agency");

  private static final List<String> MEETING =
      List.of(
          "{A}'s foreign minister met senior officials of {B} in {city} on {date} for talks on"
              + " trade and security.",
          "Diplomats from {A} held talks with their counterparts from {B} in {city} on {date}.",
          "Envoys of {A} and {B} met behind closed doors in {city} on {date} to discuss fishing"
              + " rights.");
  private static final String MEETING_PLANNED =
      "{A}'s foreign minister will travel to {city} for talks with {B} on {date}, the ministry"
          + " said.";
  private static final List<String> AID =
      List.of(
          "{A} delivered a shipment of grain and medical supplies to {B} on {date}, officials in"
              + " {city} said.",
          "A convoy carrying aid from {A} reached {B} on {date} after days on the road.");
  private static final List<String> SANCTIONS =
      List.of(
          "{A} imposed new sanctions on banks and shipping firms in {B} on {date}.",
          "The government of {A} put sanctions on {B} on {date}, freezing the assets of several"
              + " trading houses.");
  private static final List<String> PROTEST =
      List.of(
          "{A} lodged a formal protest with {B} on {date} over the detention of its fishing"
              + " crews.",
          "{A} summoned the ambassador of {B} on {date} to protest against remarks made in"
              + " {city}.");
  private static final List<String> LAUNCH =
      List.of(
          "{A} fired a ballistic missile from a site near {city} on {date}.",
          "{A} launched a rocket carrying a small satellite from a base near {city} on {date}.");
  private static final String ATTRIBUTION = ", according to state media.";

  private static final List<String> HEADLINES =
      List.of(
          "{A} and {B}: a day of diplomacy in {city}",
          "{A} moves on {B} as tensions rise",
          "What {A}'s latest step means for {B}",
          "{city} watches as {A} acts",
          "Update: {A} and {B} in the news again");

  private static final List<String> BACKGROUND =
      List.of(
          "Analysts said the step reflected a wider shift in the region over the past year.",
          "Neither side gave further details, and officials declined to answer questions.",
          "The two governments have had an uneasy relationship for more than a decade.",
          "Markets in the region barely moved after the news broke in the afternoon.",
          "Opposition lawmakers asked for a debate on the matter when parliament returns.",
          "A spokesperson described the atmosphere as businesslike but not warm.",
          "Earlier attempts to settle the dispute ran aground over questions of sequence.",
          "Observers noted that the timing coincided with a regional summit next month.",
          "Residents interviewed in the capital were divided over what it would change.",
          "The foreign ministry said more would be announced in due course.",
          "Several embassies said they were following the situation closely.",
          "Economists expect trade figures for the quarter to show the effects.");

  private Wording() {}

  /** A lead sentence for the happening, asserted or attributed, with slots filled. */
  static String lead(Happening h, boolean attributed, Random random) {
    String template = h.announced() ? MEETING_PLANNED : pick(leads(h.kind()), random);
    if (attributed && !h.announced()) {
      template = template.substring(0, template.length() - 1) + ATTRIBUTION;
    }
    return fill(template, h);
  }

  static String headline(Happening h, int variant) {
    return fill(HEADLINES.get(Math.floorMod(variant, HEADLINES.size())), h);
  }

  static String background(Random random) {
    return pick(BACKGROUND, random);
  }

  private static List<String> leads(Happening.Kind kind) {
    return switch (kind) {
      case MEETING -> MEETING;
      case AID -> AID;
      case SANCTIONS -> SANCTIONS;
      case PROTEST -> PROTEST;
      case LAUNCH -> LAUNCH;
    };
  }

  private static String fill(String template, Happening h) {
    String b = h.recipient() == null ? "its neighbours" : h.recipient().name();
    return capitalise(
        template
            .replace("{A}", h.actor().name())
            .replace("{B}", b)
            .replace("{city}", h.host().capital())
            .replace("{date}", StandInCoder.dayText(h.date())));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
