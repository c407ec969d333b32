package org.eventwire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.SanctionFlag;

/**
 * Maps contract events to rows of {@code events} and back. Lists (actors, recipients, claimants,
 * contexts, sanctions) are kept as JSON text in the contract's shape; actors are also spread over
 * {@code actor_refs} for filtering.
 */
public final class EventRows {
  static final String INSERT =
      "INSERT INTO events (id, article_id, type, mode, contexts, cameo, intensity, quad_class,"
          + " actors, recipients, date, date_precision, date_start, date_end, date_text,"
          + " historical, location_name, location_country, location_admin1, location_lat,"
          + " location_lon, location_gazetteer_id, location_precision, modality, claimants,"
          + " negated, sanctions, has_sanctions, evidence_sentence, evidence_sentence_index,"
          + " evidence_start, evidence_end, evidence_trigger, cluster_id) VALUES (?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?)";

  static final String INSERT_ACTOR =
      "INSERT INTO actor_refs (event_id, role, position, text, name, country, igo, sector, code)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * The select list and joins that {@link #read} expects; callers append {@code WHERE}/{@code ORDER
   * BY}. Table aliases: {@code e} events, {@code a} articles, {@code c} clusters.
   */
  public static final String SELECT =
      "SELECT e.*, c.first_report AS cluster_first_report, c.n_articles AS cluster_n_articles,"
          + " c.n_outlets AS cluster_n_outlets, c.n_copies AS cluster_n_copies, a.source AS article_source,"
          + " a.url AS article_url, a.title AS article_title, a.published AS article_published,"
          + " a.first_seen AS article_first_seen FROM events e JOIN articles a ON a.id = e.article_id"
          + " JOIN clusters c ON c.cluster_id = e.cluster_id";

  private static final TypeReference<List<ActorRef>> ACTORS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<SanctionFlag>> SANCTIONS = new TypeReference<>() {};

  private final ObjectMapper json;

  public EventRows(ObjectMapper json) {
    this.json = json;
  }

  /** Binds one event (with its cluster) to {@link #INSERT}. */
  void bind(PreparedStatement p, Event e, String clusterId) throws SQLException {
    int i = 0;
    p.setString(++i, e.id());
    p.setString(++i, e.articleId());
    p.setString(++i, e.type() == null ? null : e.type().name());
    p.setString(++i, e.mode());
    p.setString(++i, write(e.contexts()));
    p.setString(++i, e.cameo());
    p.setDouble(++i, e.intensity());
    p.setInt(++i, e.quadClass());
    p.setString(++i, write(e.actors()));
    p.setString(++i, write(e.recipients()));
    p.setString(++i, e.date());
    p.setString(++i, e.datePrecision() == null ? null : e.datePrecision().json());
    LocalDate[] range = range(e.date());
    p.setObject(++i, range[0]);
    p.setObject(++i, range[1]);
    p.setString(++i, e.dateText());
    p.setBoolean(++i, e.historical());
    Location l = e.location();
    p.setString(++i, l == null ? null : l.name());
    p.setString(++i, l == null ? null : l.country());
    p.setString(++i, l == null ? null : l.admin1());
    setDouble(p, ++i, l == null ? null : l.lat());
    setDouble(p, ++i, l == null ? null : l.lon());
    p.setString(++i, l == null ? null : l.gazetteerId());
    p.setString(++i, l == null ? null : l.precision());
    p.setString(++i, e.modality() == null ? null : e.modality().json());
    p.setString(++i, write(e.claimants()));
    p.setBoolean(++i, e.negated());
    p.setString(++i, write(e.sanctions()));
    p.setBoolean(++i, !e.sanctions().isEmpty());
    Evidence ev = e.evidence();
    p.setString(++i, ev == null ? null : ev.sentence());
    setInt(p, ++i, ev == null ? null : ev.sentenceIndex());
    setInt(p, ++i, ev == null ? null : ev.start());
    setInt(p, ++i, ev == null ? null : ev.end());
    p.setString(++i, ev == null ? null : ev.trigger());
    p.setString(++i, clusterId);
  }

  /** Binds one actor reference to {@link #INSERT_ACTOR}. */
  static void bindActor(PreparedStatement p, String eventId, String role, int position, ActorRef a)
      throws SQLException {
    p.setString(1, eventId);
    p.setString(2, role);
    p.setInt(3, position);
    p.setString(4, a.text());
    p.setString(5, a.name());
    p.setString(6, a.country());
    p.setString(7, a.igo());
    p.setString(8, a.sector());
    p.setString(9, a.code());
  }

  /** Rebuilds the stored event at the cursor of a result of {@link #SELECT}. */
  public StoredEvent read(ResultSet r) throws SQLException {
    Event e = event(r);
    Cluster cluster =
        new Cluster(
            r.getString("cluster_id"),
            r.getObject("cluster_first_report", LocalDate.class),
            r.getInt("cluster_n_articles"),
            r.getInt("cluster_n_outlets"),
            r.getInt("cluster_n_copies"));
    Timestamp seen = r.getTimestamp("article_first_seen");
    ArticleMeta article =
        new ArticleMeta(
            e.articleId(),
            r.getString("article_source"),
            r.getString("article_url"),
            r.getString("article_title"),
            r.getObject("article_published", LocalDate.class),
            seen == null ? null : seen.toLocalDateTime());
    return new StoredEvent(e, cluster, article);
  }

  /**
   * Rebuilds the contract record at the cursor of a result with the {@code events} columns (the
   * store's, its Parquet export's or the Spark job's output); {@code more_evidence} and {@code
   * explain} are not kept.
   */
  public Event event(ResultSet r) throws SQLException {
    String lat = r.getString("location_lat");
    Location location =
        r.getString("location_name") == null && r.getString("location_country") == null
            ? null
            : new Location(
                r.getString("location_name"),
                r.getString("location_country"),
                r.getString("location_admin1"),
                lat == null ? null : r.getDouble("location_lat"),
                r.getString("location_lon") == null ? null : r.getDouble("location_lon"),
                r.getString("location_gazetteer_id"),
                r.getString("location_precision"));
    Evidence evidence =
        r.getString("evidence_sentence") == null && r.getString("evidence_trigger") == null
            ? null
            : new Evidence(
                r.getString("evidence_sentence"),
                r.getInt("evidence_sentence_index"),
                r.getInt("evidence_start"),
                r.getInt("evidence_end"),
                r.getString("evidence_trigger"));
    String precision = r.getString("date_precision");
    return new Event(
        r.getString("id"),
        r.getString("article_id"),
        PloverType.valueOf(r.getString("type")),
        r.getString("mode"),
        read(r.getString("contexts"), STRINGS),
        r.getString("cameo"),
        r.getDouble("intensity"),
        r.getInt("quad_class"),
        read(r.getString("actors"), ACTORS),
        read(r.getString("recipients"), ACTORS),
        r.getString("date"),
        precision == null ? null : DatePrecision.parse(precision),
        r.getString("date_text"),
        r.getBoolean("historical"),
        location,
        Modality.parse(r.getString("modality")),
        read(r.getString("claimants"), ACTORS),
        r.getBoolean("negated"),
        read(r.getString("sanctions"), SANCTIONS),
        evidence,
        List.of(),
        null);
  }

  /**
   * The days a contract date covers: {@code 2023-12-13} itself, {@code 2023-12} its month, {@code
   * 2023} its year; {@code [null, null]} when absent or unreadable.
   */
  public static LocalDate[] range(String date) {
    if (date == null) {
      return new LocalDate[] {null, null};
    }
    try {
      return switch (date.length()) {
        case 10 -> {
          LocalDate d = LocalDate.parse(date);
          yield new LocalDate[] {d, d};
        }
        case 7 -> {
          YearMonth m = YearMonth.parse(date);
          yield new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        case 4 -> {
          int y = Integer.parseInt(date);
          yield new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        default -> new LocalDate[] {null, null};
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return new LocalDate[] {null, null};
    }
  }

  static LocalDateTime now() {
    return LocalDateTime.now(java.time.ZoneOffset.UTC);
  }

  private String write(Object value) throws SQLException {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) throws SQLException {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new SQLException("stored JSON unreadable: " + e.getOriginalMessage(), e);
    }
  }

  private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.DOUBLE);
    } else {
      p.setDouble(i, v);
    }
  }

  private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setInt(i, v);
    }
  }
}
