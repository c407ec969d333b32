package org.eventwire.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Location;
import org.eventwire.store.StoredEvent;

/**
 * A stored event in the PLOVER manual's JSON field names ("Data Fields" chapter), with the
 * POLECAT-style story fields; the mapping is in {@code docs/store.md}.
 */
public final class PloverJson {
  private final ObjectMapper mapper;

  public PloverJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The PLOVER record as a JSON tree. */
  public ObjectNode tree(StoredEvent s) {
    Event e = s.event();
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("has_event", true);
    String[] dates = dates(e.date());
    n.put("date", dates[0]);
    n.put("enddate", dates[1]);
    n.put("date_precision", e.datePrecision() == null ? null : e.datePrecision().json());
    n.set("actor", entities(e.actors()));
    n.set("recipient", entities(e.recipients()));
    n.set("event", mapper.createArrayNode().add(e.type().name()));
    n.set("event_loc", location(e.location()));
    ArrayNode text = mapper.createArrayNode();
    if (e.evidence() != null) {
      text.add(e.evidence().sentence());
    }
    n.set("event_text", text);
    n.put("quad_code", e.quadClass());
    n.put("event_scale", e.intensity());
    ArrayNode mode = mapper.createArrayNode();
    if (e.mode() != null) {
      mode.add(e.mode());
    }
    n.set("mode", mode);
    ArrayNode context = mapper.createArrayNode();
    e.contexts().forEach(context::add);
    n.set("context", context);
    n.put("link", s.clusterId());
    ObjectNode cite = mapper.createObjectNode();
    cite.put("story_id", s.article().id());
    cite.put("source", s.article().source());
    cite.put("url", s.article().url());
    cite.put("headline", s.article().title());
    cite.put(
        "publication_date",
        s.article().published() == null ? null : s.article().published().toString());
    n.set("cite_info", cite);
    n.put("coder", "eventwire");
    n.put(
        "coded_date",
        s.article().firstSeen() == null ? null : s.article().firstSeen().toLocalDate().toString());
    n.put("cameo", e.cameo());
    n.put("modality", e.modality().json());
    n.put("negated", e.negated());
    n.set("claimant", entities(e.claimants()));
    n.set("sanctions", mapper.valueToTree(e.sanctions()));
    n.put("historical", e.historical());
    return n;
  }

  /** The record as one line of JSON. */
  public String line(StoredEvent s) {
    try {
      return mapper.writeValueAsString(tree(s));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private ArrayNode entities(List<ActorRef> refs) {
    ArrayNode a = mapper.createArrayNode();
    for (ActorRef r : refs) {
      ObjectNode o = a.addObject();
      o.put("code", r.country() != null ? r.country() : r.igo());
      o.put("sector", r.sector());
      o.put("entity_text", r.text());
      o.put("identifier_text", r.name());
      o.put("cameo_code", r.code());
    }
    return a;
  }

  private ObjectNode location(Location l) {
    if (l == null) {
      return null;
    }
    ObjectNode o = mapper.createObjectNode();
    o.put("resolved_place", l.name());
    String id = l.gazetteerId();
    if (id != null && id.startsWith("geonames:")) {
      try {
        o.put("geonameid", Long.parseLong(id.substring("geonames:".length())));
      } catch (NumberFormatException ex) {
        o.putNull("geonameid");
      }
    } else {
      o.putNull("geonameid");
    }
    o.put("gazetteer_id", id);
    o.put("lat", l.lat());
    o.put("lon", l.lon());
    o.put("province", l.admin1());
    o.put("country_code", l.country());
    Integer resolution =
        switch (l.precision() == null ? "" : l.precision()) {
          case "site" -> 5;
          case "city" -> 4;
          case "admin1" -> 2;
          case "country" -> 1;
          default -> null;
        };
    o.put("resolution", resolution);
    return o;
  }

  /** First and last day a contract date covers, as YYYY-MM-DD; nulls when undated. */
  private static String[] dates(String date) {
    if (date == null) {
      return new String[] {null, null};
    }
    try {
      return switch (date.length()) {
        case 10 -> new String[] {LocalDate.parse(date).toString(), null};
        case 7 -> {
          YearMonth m = YearMonth.parse(date);
          yield new String[] {m.atDay(1).toString(), m.atEndOfMonth().toString()};
        }
        case 4 -> new String[] {date + "-01-01", date + "-12-31"};
        default -> new String[] {null, null};
      };
    } catch (RuntimeException ex) {
      return new String[] {null, null};
    }
  }
}
