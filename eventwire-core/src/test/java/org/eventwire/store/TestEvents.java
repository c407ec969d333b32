package org.eventwire.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Json;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.PublishedDate;
import org.eventwire.model.SanctionFlag;
import org.eventwire.pipeline.EventPipeline;

/** Events, articles, input files and a fake pipeline for store and query tests (no CoreNLP). */
public final class TestEvents {
  private TestEvents() {}

  public static final ObjectMapper JSON = Json.newMapper();

  public static ActorRef country(String iso3, String name) {
    return new ActorRef(name, name, iso3, null, "GOV", iso3 + "GOV");
  }

  public static ActorRef igo(String igo, String code) {
    return new ActorRef(igo, igo, null, igo, null, code);
  }

  /** A fully filled event of {@code type} in article {@code articleId}. */
  public static Event event(
      String id,
      String articleId,
      PloverType type,
      String cameo,
      List<ActorRef> actors,
      List<ActorRef> recipients,
      String date,
      Modality modality,
      List<SanctionFlag> sanctions,
      String sentence) {
    DatePrecision precision =
        date == null
            ? null
            : switch (date.length()) {
              case 10 -> DatePrecision.DAY;
              case 7 -> DatePrecision.MONTH;
              default -> DatePrecision.YEAR;
            };
    return new Event(
        id,
        articleId,
        type,
        type == PloverType.CONSULT ? "visit" : null,
        List.of("diplomatic"),
        cameo,
        type == PloverType.ASSAULT ? -9.0 : 4.0,
        type == PloverType.ASSAULT ? 4 : 1,
        actors,
        recipients,
        date,
        precision,
        date == null ? null : "on Tuesday",
        false,
        new Location("Pyongyang", "PRK", "Pyongyang", 39.03, 125.75, "geonames:1871859", "city"),
        modality,
        List.of(),
        false,
        sanctions,
        new Evidence(sentence, 0, 0, sentence.length(), "met"),
        List.of(),
        null);
  }

  /** Two plain events for any article: a CONSULT and a MOBILIZE, ids derived from the article. */
  public static List<Event> twoEvents(Article a) {
    ActorRef prk = country("PRK", "North Korea");
    ActorRef rus = country("RUS", "Russia");
    return List.of(
        event(
            a.id() + "-consult",
            a.id(),
            PloverType.CONSULT,
            "042",
            List.of(prk),
            List.of(rus),
            "2023-12-12",
            Modality.ASSERTED,
            List.of(),
            "North Korea's foreign minister visited Moscow."),
        event(
            a.id() + "-mobilize",
            a.id(),
            PloverType.MOBILIZE,
            "152",
            List.of(prk),
            List.of(),
            null,
            Modality.ATTRIBUTED,
            List.of(),
            "Pyongyang launched a missile, state media reported."));
  }

  /** A pipeline that codes every article into {@link #twoEvents}. */
  public static EventPipeline twoEventPipeline() {
    return TestEvents::twoEvents;
  }

  /** A pipeline that returns the events given for each article id (none for others). */
  public static EventPipeline cannedPipeline(Map<String, List<Event>> byArticle) {
    Map<String, List<Event>> copy = new LinkedHashMap<>(byArticle);
    return a -> copy.getOrDefault(a.id(), List.of());
  }

  public static Article article(String id, String text, String source, String url) {
    return new Article(
        id,
        text,
        new PublishedDate(LocalDate.of(2023, 12, 13), PublishedDate.Source.METADATA),
        "Title of " + id,
        source,
        url,
        ArticleLayout.bodyOnly(text));
  }

  /** North Korea's and Russia's envoys meet on 2023-12-12: a CONSULT (040), asserted. */
  public static Event meeting(String id, String articleId, String sentence) {
    return event(
        id,
        articleId,
        PloverType.CONSULT,
        "040",
        List.of(country("PRK", "North Korea")),
        List.of(country("RUS", "Russia")),
        "2023-12-12",
        Modality.ASSERTED,
        List.of(),
        sentence);
  }

  /** A body of about 70 words: long enough for a body fingerprint and signature. */
  public static final String RIVER_BODY =
      "Envoys of two neighbouring states met in a border town on Monday to talk about the water"
          + " of a river that both of them draw on for their farms. The meeting was the third"
          + " this year. Officials said that a joint survey of the river would start in the"
          + " autumn and that its results would be shared with farmers on both banks before"
          + " any new dam is planned. A further round is expected once the survey is done.";

  /** English news-like text (passes the reader's language check), distinct per {@code n}. */
  public static String text(int n) {
    return "North Korea's foreign minister met her Russian counterpart in Moscow on Tuesday, the"
        + " state news agency said, in talks number "
        + n
        + " that were about the war and the sanctions that the United Nations imposed on the"
        + " country for its weapons programme.";
  }

  /** Writes a JSON Lines input file of articles {@code (id, text, source, url)}. */
  public static Path jsonl(Path dir, String name, List<String[]> articles) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String[] a : articles) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a[0]);
      m.put("text", a[1]);
      m.put("published", "2023-12-13");
      m.put("source", a.length > 2 ? a[2] : null);
      m.put("url", a.length > 3 ? a[3] : null);
      lines.add(JSON.writeValueAsString(m));
    }
    Path p = dir.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  /** Counts rows with an independent JDBC connection (the store must be closed). */
  public static long count(Path db, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
