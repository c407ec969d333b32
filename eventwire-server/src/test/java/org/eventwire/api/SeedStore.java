package org.eventwire.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.PublishedDate;
import org.eventwire.model.SanctionFlag;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.store.ArticleHashes;
import org.eventwire.store.EventStore;

/**
 * A small store of invented articles and hand-made events for the API and browser tests (no
 * CoreNLP): a Korea–Russia article, a timeline of their dealings over 2024, and a sanctions flag.
 */
public final class SeedStore {
  public static final ActorRef PRK =
      new ActorRef("North Korea", "North Korea", "PRK", null, "GOV", "PRKGOV");
  public static final ActorRef RUS = new ActorRef("Russia", "Russia", "RUS", null, "GOV", "RUSGOV");

  /** An invented wire story; every event of {@link #ARTICLE} is coded from one of its sentences. */
  public static final String TEXT =
      "VLADIVOSTOK (Test Wire) - North Korean and Russian officials met in Vladivostok on Tuesday"
          + " to talk about a new rail bridge, the ministry said. Russia later sent fuel to North"
          + " Korea in April, customs records showed. The deliveries exceed a United Nations cap,"
          + " two analysts said.";

  public static final String ARTICLE = "tw-2024-03-06-rail-talks";
  public static final String MEET = "ev-meet";
  public static final String FUEL = "ev-fuel";

  private SeedStore() {}

  /** Fills a new store at {@code db}; returns how many events it holds. */
  public static int fill(Path db) {
    try (EventStore store = EventStore.open(db)) {
      List<Event> events = new ArrayList<>();
      events.add(
          event(
              MEET,
              ARTICLE,
              TEXT,
              PloverType.CONSULT,
              4.0,
              1,
              List.of(withText(PRK, "North Korean")),
              List.of(withText(RUS, "Russian")),
              "2024-03-05",
              "on Tuesday",
              "met",
              "North Korean and Russian officials met",
              "Vladivostok",
              Modality.ASSERTED,
              List.of()));
      events.add(
          event(
              FUEL,
              ARTICLE,
              TEXT,
              PloverType.AID,
              5.0,
              2,
              List.of(RUS),
              List.of(PRK),
              "2024-04",
              "in April",
              "sent",
              "Russia later sent fuel",
              null,
              Modality.ATTRIBUTED,
              List.of(
                  new SanctionFlag("UNSC-1718", "refined-petroleum", "UNSCR 2397 (2017) OP 5"))));
      store.storeArticle(article(ARTICLE, TEXT), ArticleHashes.of(TEXT), events, 1);
      String timelineText =
          "SEOUL (Test Wire) - A year of contacts between the two governments is listed here for"
              + " the tests, one short invented line for each month of the year.";
      List<Event> timeline = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        boolean conflict = m % 4 == 0;
        timeline.add(
            event(
                "ev-t" + m,
                "tw-timeline",
                timelineText,
                conflict ? PloverType.ACCUSE : PloverType.CONSULT,
                conflict ? -3.0 : 3.0,
                conflict ? 3 : 1,
                List.of(m % 2 == 0 ? RUS : PRK),
                List.of(m % 2 == 0 ? PRK : RUS),
                "2024-%02d-10".formatted(m),
                null,
                "contacts",
                "A year of contacts",
                null,
                Modality.ASSERTED,
                List.of()));
      }
      store.storeArticle(
          article("tw-timeline", timelineText), ArticleHashes.of(timelineText), timeline, 1);
      return events.size() + timeline.size();
    }
  }

  /**
   * A pipeline that codes any article into one CONSULT event on its first words, between two
   * parties and in a year that the seeded events do not touch.
   */
  public static EventPipeline fakePipeline() {
    return a -> {
      String first = a.text().substring(0, Math.min(40, a.text().length()));
      return List.of(
          event(
              a.id() + "-consult",
              a.id(),
              a.text(),
              PloverType.CONSULT,
              4.0,
              1,
              List.of(new ActorRef("Diplomats", "France", "FRA", null, "GOV", "FRAGOV")),
              List.of(new ActorRef("counterparts", "Germany", "DEU", null, "GOV", "DEUGOV")),
              "2025-05-01",
              null,
              "met",
              first,
              null,
              Modality.ASSERTED,
              List.of()));
    };
  }

  private static ActorRef withText(ActorRef r, String text) {
    return new ActorRef(text, r.name(), r.country(), r.igo(), r.sector(), r.code());
  }

  private static Article article(String id, String text) {
    return new Article(
        id,
        text,
        new PublishedDate(LocalDate.of(2024, 5, 2), PublishedDate.Source.METADATA),
        "Invented test story " + id,
        "Test Wire",
        null,
        ArticleLayout.bodyOnly(text));
  }

  /** An event coded from the sentence of {@code text} that starts with {@code sentenceStart}. */
  static Event event(
      String id,
      String articleId,
      String text,
      PloverType type,
      double intensity,
      int quad,
      List<ActorRef> actors,
      List<ActorRef> recipients,
      String date,
      String dateText,
      String trigger,
      String sentenceStart,
      String place,
      Modality modality,
      List<SanctionFlag> flags) {
    int start = Math.max(0, text.indexOf(sentenceStart));
    int dot = text.indexOf(". ", start);
    int end = dot < 0 ? text.length() : dot + 1;
    DatePrecision precision = date.length() == 10 ? DatePrecision.DAY : DatePrecision.MONTH;
    Location location =
        place == null ? null : new Location(place, "RUS", null, 43.1, 131.9, null, "city");
    List<ActorRef> claimants =
        modality == Modality.ATTRIBUTED
            ? List.of(ActorRef.unresolved("customs records"))
            : List.of();
    return new Event(
        id,
        articleId,
        type,
        null,
        List.of("diplomatic"),
        "040",
        intensity,
        quad,
        actors,
        recipients,
        date,
        precision,
        dateText,
        false,
        location,
        modality,
        claimants,
        false,
        flags,
        new Evidence(text.substring(start, end), 0, start, end, trigger),
        List.of(),
        null);
  }
}
