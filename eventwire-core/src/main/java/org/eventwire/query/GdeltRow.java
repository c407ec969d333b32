package org.eventwire.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eventwire.model.ActorRef;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Location;
import org.eventwire.resolve.actors.RoleCodes;
import org.eventwire.store.StoredEvent;

/**
 * A stored event as one row of the GDELT 2.0 event table (61 tab-separated columns, no header).
 * Which columns are filled and from what is documented in {@code docs/store.md}.
 */
public final class GdeltRow {

  /** The 61 column names of the GDELT 2.0 event table, in order. */
  public static final List<String> COLUMNS = columns();

  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final FipsCodes fips;
  private final RoleCodes roles;

  /** Rows whose location country codes are given in FIPS 10-4 by {@code fips}. */
  public GdeltRow(FipsCodes fips) {
    this(fips, RoleCodes.loadDefault());
  }

  /** Rows whose religion and type columns are told apart by {@code roles}. */
  public GdeltRow(FipsCodes fips, RoleCodes roles) {
    this.fips = fips;
    this.roles = roles;
  }

  private static List<String> columns() {
    List<String> c =
        new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String f :
          List.of(
              "Code",
              "Name",
              "CountryCode",
              "KnownGroupCode",
              "EthnicCode",
              "Religion1Code",
              "Religion2Code",
              "Type1Code",
              "Type2Code",
              "Type3Code")) {
        c.add(actor + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String f :
          List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long")) {
        c.add(geo + f);
      }
      c.add(geo + "FeatureID");
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return Collections.unmodifiableList(c);
  }

  /** The row's 61 fields (empty strings where GDELT would be blank). */
  public List<String> fields(StoredEvent s) {
    Event e = s.event();
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Long.toString(globalId(e.id())));
    LocalDate day = day(s);
    f.add(day == null ? "" : day.format(SQLDATE));
    f.add(
        day == null
            ? ""
            : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
    f.add(day == null ? "" : Integer.toString(day.getYear()));
    f.add(
        day == null
            ? ""
            : String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0));
    ActorRef a1 = e.actors().isEmpty() ? null : e.actors().get(0);
    ActorRef a2 = e.recipients().stream().filter(r -> !same(r, a1)).findFirst().orElse(null);
    actor(f, a1);
    actor(f, a2);
    f.add(e.evidence() != null && e.evidence().sentenceIndex() == 0 ? "1" : "0");
    String cameo = e.cameo() == null ? "" : e.cameo();
    f.add(cameo);
    f.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
    f.add(cameo.length() > 2 ? cameo.substring(0, 2) : cameo);
    f.add(Integer.toString(e.quadClass()));
    f.add(""); // GoldsteinScale: not our PLOVER intensity, which is another scale
    f.add(Integer.toString(s.cluster().nCopies()));
    f.add(Integer.toString(s.cluster().nOutlets()));
    f.add(Integer.toString(s.cluster().nCopies()));
    f.add(""); // AvgTone
    for (int i = 0; i < 16; i++) {
      f.add(""); // Actor1Geo_*, Actor2Geo_*: not coded
    }
    geo(f, e.location());
    LocalDateTime seen = s.article().firstSeen();
    f.add(seen == null ? "" : seen.format(ADDED));
    f.add(clean(s.article().url()));
    return f;
  }

  /** The row as one tab-separated line (no line end). */
  public String line(StoredEvent s) {
    return String.join("\t", fields(s));
  }

  /**
   * A positive numeric id below 2^53 (exact in every JSON/JS number) from the event id: the first
   * bytes of its SHA-256, so the same event gets the same GLOBALEVENTID in every export.
   */
  static long globalId(String eventId) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v & ((1L << 53) - 1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** The event's day when it is known to the day, else the article's publication day. */
  private static LocalDate day(StoredEvent s) {
    Event e = s.event();
    if (e.date() != null && e.datePrecision() == DatePrecision.DAY && e.date().length() == 10) {
      return LocalDate.parse(e.date());
    }
    if (s.article().published() != null) {
      return s.article().published();
    }
    return s.article().firstSeen() == null ? null : s.article().firstSeen().toLocalDate();
  }

  private void actor(List<String> f, ActorRef a) {
    if (a == null) {
      for (int i = 0; i < 10; i++) {
        f.add("");
      }
      return;
    }
    String code = a.code() == null ? "" : a.code();
    f.add(code);
    String name = a.name() != null ? a.name() : a.text();
    f.add(clean(name).toUpperCase(Locale.ROOT));
    f.add(clean(a.country()));
    f.add(code.startsWith("IGO") && code.length() >= 6 ? code.substring(3, 6) : "");
    f.add(""); // EthnicCode
    List<String> religions = new ArrayList<>();
    List<String> types = new ArrayList<>(List.of(clean(a.sector())));
    for (String role : stackedRoles(code, a.sector())) {
      (roles.religion(role) ? religions : types).add(role);
    }
    f.add(religions.size() > 0 ? religions.get(0) : ""); // Religion1Code
    f.add(religions.size() > 1 ? religions.get(1) : ""); // Religion2Code
    for (int i = 0; i < 3; i++) {
      f.add(types.size() > i ? types.get(i) : ""); // Type1Code .. Type3Code
    }
  }

  /** The codes stacked after the sector in an actor code ("MUS" of EGYOPPMUS). */
  private static List<String> stackedRoles(String code, String sector) {
    List<String> out = new ArrayList<>();
    if (sector != null && code.length() > 6 && code.substring(3, 6).equals(sector)) {
      for (int i = 6; i + 3 <= code.length(); i += 3) {
        out.add(code.substring(i, i + 3));
      }
    }
    return out;
  }

  private void geo(List<String> f, Location l) {
    if (l == null) {
      for (int i = 0; i < 8; i++) {
        f.add("");
      }
      return;
    }
    f.add(geoType(l));
    List<String> parts = new ArrayList<>();
    if (l.name() != null) {
      parts.add(l.name());
    }
    if (l.admin1() != null && !l.admin1().equals(l.name())) {
      parts.add(l.admin1());
    }
    f.add(clean(String.join(", ", parts)));
    String country = fips.of(l.country());
    f.add(country);
    // ADM1Code: GDELT's is the FIPS country code and the FIPS division code, or the country code
    // alone for a country; we have division names only, so it is filled for countries only
    f.add("country".equals(l.precision()) ? country : "");
    f.add(""); // ADM2Code
    f.add(l.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", l.lat()));
    f.add(l.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", l.lon()));
    f.add(clean(l.gazetteerId()));
  }

  /** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
  private static String geoType(Location l) {
    boolean us = "USA".equals(l.country());
    String p = l.precision() == null ? "" : l.precision();
    return switch (p) {
      case "country" -> "1";
      case "admin1" -> us ? "2" : "5";
      case "city", "site" -> us ? "3" : "4";
      default -> "";
    };
  }

  private static boolean same(ActorRef r, ActorRef a) {
    if (a == null) {
      return false;
    }
    return r.code() != null
        ? Objects.equals(r.code(), a.code())
        : Objects.equals(r.text(), a.text());
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
