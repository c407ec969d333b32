package org.eventwire.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Json;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.SanctionFlag;
import org.eventwire.store.EventRows;

/**
 * The Parquet columns of the batch job's output: the store's {@code events} columns as {@code
 * bin/eventwire export --format parquet} writes them (lists as JSON text in the contract's shape),
 * without {@code cluster_id} (clustering is the store's work), plus {@code more_evidence} and the
 * article's metadata. {@link #event} reads a row back into the contract record.
 */
public final class EventColumns {
  private static final ObjectMapper JSON = Json.newMapper();
  private static final TypeReference<List<ActorRef>> ACTORS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<SanctionFlag>> SANCTIONS = new TypeReference<>() {};
  private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {};

  private static final String S = "string";
  private static final String D = "double";
  private static final String I = "int";
  private static final String B = "boolean";
  private static final String DAY = "date";

  /** Column names and types, in order; every column is nullable except where noted in docs. */
  private static final String[][] COLUMNS = {
    {"id", S},
    {"article_id", S},
    {"type", S},
    {"mode", S},
    {"contexts", S},
    {"cameo", S},
    {"intensity", D},
    {"quad_class", I},
    {"actors", S},
    {"recipients", S},
    {"date", S},
    {"date_precision", S},
    {"date_start", DAY},
    {"date_end", DAY},
    {"date_text", S},
    {"historical", B},
    {"location_name", S},
    {"location_country", S},
    {"location_admin1", S},
    {"location_lat", D},
    {"location_lon", D},
    {"location_gazetteer_id", S},
    {"location_precision", S},
    {"modality", S},
    {"claimants", S},
    {"negated", B},
    {"sanctions", S},
    {"has_sanctions", B},
    {"evidence_sentence", S},
    {"evidence_sentence_index", I},
    {"evidence_start", I},
    {"evidence_end", I},
    {"evidence_trigger", S},
    {"more_evidence", S},
    {"article_source", S},
    {"article_url", S},
    {"article_title", S},
    {"article_published", DAY}
  };

  public static final StructType SCHEMA = schema();

  private EventColumns() {}

  private static StructType schema() {
    StructField[] fields = new StructField[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      fields[i] = DataTypes.createStructField(COLUMNS[i][0], type(COLUMNS[i][1]), true);
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(String name) {
    return switch (name) {
      case D -> DataTypes.DoubleType;
      case I -> DataTypes.IntegerType;
      case B -> DataTypes.BooleanType;
      case DAY -> DataTypes.DateType;
      default -> DataTypes.StringType;
    };
  }

  /** The row of one event of {@code article}. */
  public static Row row(Event e, Article article) {
    LocalDate[] range = EventRows.range(e.date());
    Location l =
        e.location() == null
            ? new Location(null, null, null, null, null, null, null)
            : e.location();
    Evidence ev = e.evidence();
    LocalDate published = article.published() == null ? null : article.published().date();
    Object[] values = {
      e.id(),
      e.articleId(),
      e.type() == null ? null : e.type().name(),
      e.mode(),
      write(e.contexts()),
      e.cameo(),
      e.intensity(),
      e.quadClass(),
      write(e.actors()),
      write(e.recipients()),
      e.date(),
      e.datePrecision() == null ? null : e.datePrecision().json(),
      sqlDate(range[0]),
      sqlDate(range[1]),
      e.dateText(),
      e.historical(),
      l.name(),
      l.country(),
      l.admin1(),
      l.lat(),
      l.lon(),
      l.gazetteerId(),
      l.precision(),
      e.modality() == null ? null : e.modality().json(),
      write(e.claimants()),
      e.negated(),
      write(e.sanctions()),
      !e.sanctions().isEmpty(),
      ev == null ? null : ev.sentence(),
      ev == null ? null : ev.sentenceIndex(),
      ev == null ? null : ev.start(),
      ev == null ? null : ev.end(),
      ev == null ? null : ev.trigger(),
      write(e.moreEvidence()),
      article.source(),
      article.url(),
      article.title(),
      sqlDate(published)
    };
    return new GenericRowWithSchema(values, SCHEMA);
  }

  /** The contract record a row holds (without {@code explain}, which the job does not write). */
  public static Event event(Row r) {
    String precision = r.getAs("date_precision");
    String type = r.getAs("type");
    String modality = r.getAs("modality");
    return new Event(
        r.getAs("id"),
        r.getAs("article_id"),
        type == null ? null : PloverType.valueOf(type),
        r.getAs("mode"),
        read(r.getAs("contexts"), STRINGS),
        r.getAs("cameo"),
        r.<Double>getAs("intensity"),
        r.<Integer>getAs("quad_class"),
        read(r.getAs("actors"), ACTORS),
        read(r.getAs("recipients"), ACTORS),
        r.getAs("date"),
        precision == null ? null : DatePrecision.parse(precision),
        r.getAs("date_text"),
        r.<Boolean>getAs("historical"),
        location(r),
        modality == null ? null : Modality.parse(modality),
        read(r.getAs("claimants"), ACTORS),
        r.<Boolean>getAs("negated"),
        read(r.getAs("sanctions"), SANCTIONS),
        evidence(r),
        read(r.getAs("more_evidence"), EVIDENCE),
        null);
  }

  private static Location location(Row r) {
    Location l =
        new Location(
            r.getAs("location_name"),
            r.getAs("location_country"),
            r.getAs("location_admin1"),
            r.getAs("location_lat"),
            r.getAs("location_lon"),
            r.getAs("location_gazetteer_id"),
            r.getAs("location_precision"));
    return l.equals(new Location(null, null, null, null, null, null, null)) ? null : l;
  }

  private static Evidence evidence(Row r) {
    Integer index = r.getAs("evidence_sentence_index");
    if (index == null) {
      return null;
    }
    return new Evidence(
        r.getAs("evidence_sentence"),
        index,
        r.<Integer>getAs("evidence_start"),
        r.<Integer>getAs("evidence_end"),
        r.getAs("evidence_trigger"));
  }

  private static Date sqlDate(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return json == null ? null : JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
