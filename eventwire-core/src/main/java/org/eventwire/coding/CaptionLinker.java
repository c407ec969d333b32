package org.eventwire.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Location;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.TimeExpression;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.dates.TimexValues;

/**
 * A photo caption dates and places the picture to the day ("... in Amur region, Russia, 13
 * September 2023"). When the caption's day falls inside an event's coarser date and one of the
 * caption's places lies in the same first-level division as the event's place, the caption shows
 * that event: the event takes the caption's day.
 */
final class CaptionLinker {
  private static final Set<String> PLACE_NER =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  List<Event> link(List<Event> events, ParsedDocument caption, PlaceFinder places, LocalDate ref) {
    if (caption == null) {
      return events;
    }
    TimeExpression day = captionDay(caption, ref);
    if (day == null) {
      return events;
    }
    String date = TimexValues.parse(day.value(), ref, true).format();
    List<Location> shown = captionPlaces(caption, places);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(shows(e, date, shown) ? onDay(e, date, day.text()) : e);
    }
    return out;
  }

  private static boolean shows(Event e, String day, List<Location> shown) {
    if (e.date() == null || e.datePrecision() == DatePrecision.DAY || !day.startsWith(e.date())) {
      return false;
    }
    Location at = e.location();
    return at != null
        && at.admin1() != null
        && shown.stream()
            .anyMatch(
                p ->
                    Objects.equals(p.country(), at.country())
                        && Objects.equals(p.admin1(), at.admin1()));
  }

  private static Event onDay(Event e, String day, String text) {
    return e.withDate(day, DatePrecision.DAY, "photo caption: " + text);
  }

  private static TimeExpression captionDay(ParsedDocument caption, LocalDate ref) {
    for (ParsedSentence s : caption.sentences()) {
      for (TimeExpression t : s.times()) {
        TimexValues.Value v = TimexValues.parse(t.value(), ref, true);
        if ("DATE".equals(t.type()) && v != null && v.precision() == DatePrecision.DAY) {
          return t;
        }
      }
    }
    return null;
  }

  private static List<Location> captionPlaces(ParsedDocument caption, PlaceFinder places) {
    List<Location> out = new ArrayList<>();
    for (ParsedSentence s : caption.sentences()) {
      List<Token> toks = s.tokens();
      int i = 0;
      while (i < toks.size()) {
        if (!PLACE_NER.contains(toks.get(i).ner())) {
          i++;
          continue;
        }
        int j = i;
        while (j < toks.size() && toks.get(j).ner().equals(toks.get(i).ner())) {
          j++;
        }
        String name = caption.text().substring(toks.get(i).begin(), toks.get(j - 1).end());
        Location l = places.named(name);
        if (l != null) {
          out.add(l);
        }
        i = j;
      }
    }
    return out;
  }
}
