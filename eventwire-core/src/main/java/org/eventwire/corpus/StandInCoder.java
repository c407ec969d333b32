package org.eventwire.corpus;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.TextSpan;
import org.eventwire.pipeline.EventPipeline;

/**
 * A fast stand-in for the real coder, for store benchmarks and crash tests: it reads only the lead
 * sentence of the {@link CorpusGenerator}'s stories, by keywords (no CoreNLP), and codes it into
 * one event: type from the verb, parties from the country names in order (the first acts), the day
 * from "on March 4", the place from a capital, "will" as planned and "according to" as attributed.
 * Other text gives no event. It is not a coder for real news.
 */
public final class StandInCoder implements EventPipeline {
  private static final Pattern DAY =
      Pattern.compile(
          "on (January|February|March|April|May|June|July|August|September|October|November"
              + "|December) (\\d{1,2})\\b");

  /** The words the generator writes a day in: "March 4". */
  static String dayText(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
  }

  @Override
  public List<Event> code(Article article) {
    TextSpan body = article.layout().body();
    String text = article.text();
    int end = text.indexOf(". ", body.start());
    end = end < 0 || end > body.end() ? body.end() : end + 1;
    String lead = text.substring(body.start(), end);
    PloverType type = type(lead);
    if (type == null) {
      return List.of();
    }
    List<Country> parties = parties(lead);
    if (parties.isEmpty()) {
      return List.of();
    }
    ActorRef actor = ref(parties.get(0));
    List<ActorRef> recipients =
        type == PloverType.MOBILIZE
            ? List.of()
            : parties.subList(1, parties.size()).stream().map(StandInCoder::ref).toList();
    String date = date(lead, article);
    Modality modality =
        lead.contains(" will ")
            ? Modality.PLANNED
            : lead.contains("according to") ? Modality.ATTRIBUTED : Modality.ASSERTED;
    return List.of(
        new Event(
            article.id() + "-lead",
            article.id(),
            type,
            type == PloverType.CONSULT ? "meet" : null,
            List.of(type == PloverType.MOBILIZE ? "military" : "diplomatic"),
            cameo(type),
            intensity(type),
            quad(type),
            List.of(actor),
            recipients,
            date,
            date == null ? null : DatePrecision.DAY,
            date == null ? null : "on " + date,
            false,
            place(lead),
            modality,
            List.of(),
            false,
            List.of(),
            new Evidence(lead, 0, body.start(), end, type.name().toLowerCase(Locale.ROOT)),
            List.of(),
            null));
  }

  private static PloverType type(String lead) {
    if (lead.contains("sanctions")) {
      return PloverType.SANCTION;
    }
    if (lead.contains("protest")) {
      return PloverType.PROTEST;
    }
    if (lead.contains("shipment") || lead.contains("aid from")) {
      return PloverType.AID;
    }
    if (lead.contains(" fired ") || lead.contains(" launched ")) {
      return PloverType.MOBILIZE;
    }
    if (lead.contains(" met") || lead.contains("talks")) {
      return PloverType.CONSULT;
    }
    return null;
  }

  /** Countries named in the lead, in the order named (capitals blanked out first). */
  private static List<Country> parties(String lead) {
    String blanked = lead;
    for (Country c : Country.ALL) {
      blanked = blanked.replace(c.capital(), "_".repeat(c.capital().length()));
    }
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < Country.ALL.size(); i++) {
      String name = Country.ALL.get(i).name().replace("the ", "");
      int at = blanked.indexOf(name);
      if (at >= 0) {
        found.add(new int[] {at, i});
      }
    }
    found.sort(Comparator.comparingInt(f -> f[0]));
    return found.stream().map(f -> Country.ALL.get(f[1])).toList();
  }

  private static String date(String lead, Article article) {
    Matcher m = DAY.matcher(lead);
    if (!m.find()) {
      return null;
    }
    Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    LocalDate published =
        article.published() == null ? LocalDate.of(2024, 6, 1) : article.published().date();
    int year = published.getYear();
    LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group(2)));
    if (d.isAfter(published.plusMonths(6))) {
      d = d.minusYears(1);
    } else if (d.isBefore(published.minusMonths(6))) {
      d = d.plusYears(1);
    }
    return d.toString();
  }

  private static Location place(String lead) {
    for (Country c : Country.ALL) {
      if (lead.contains(c.capital())) {
        return new Location(c.capital(), c.iso3(), null, null, null, "corpus:" + c.iso3(), "city");
      }
    }
    return null;
  }

  private static ActorRef ref(Country c) {
    return new ActorRef(
        c.name(), c.name().replace("the ", ""), c.iso3(), null, "GOV", c.iso3() + "GOV");
  }

  private static String cameo(PloverType t) {
    return switch (t) {
      case CONSULT -> "040";
      case AID -> "070";
      case SANCTION -> "163";
      case PROTEST -> "130";
      default -> "150";
    };
  }

  private static double intensity(PloverType t) {
    return switch (t) {
      case CONSULT -> 1.0;
      case AID -> 7.0;
      default -> -4.0;
    };
  }

  private static int quad(PloverType t) {
    return switch (t) {
      case CONSULT -> 1;
      case AID -> 2;
      case PROTEST -> 3;
      default -> 4;
    };
  }
}
