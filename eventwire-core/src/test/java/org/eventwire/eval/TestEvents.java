package org.eventwire.eval;

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

/** Small builders for events, actors and gold events in tests. */
final class TestEvents {
  private TestEvents() {}

  static ActorRef country(String iso3) {
    return new ActorRef(iso3 + " words", iso3, iso3, null, null, iso3);
  }

  static ActorRef coded(String text, String code) {
    return new ActorRef(
        text, null, code.length() >= 3 ? code.substring(0, 3) : null, null, null, code);
  }

  static ActorRef igo(String name) {
    return new ActorRef(name + " words", name, null, name, null, "IGO" + name);
  }

  static Builder event(PloverType type) {
    return new Builder(type);
  }

  static GoldEvent gold(
      PloverType type, List<String> actor, List<String> recipient, boolean directed) {
    return gold(1, true, type, List.of(), actor, recipient, directed);
  }

  /** A gold event with its number, standing and accepted alternative types. */
  static GoldEvent gold(
      int n,
      boolean required,
      PloverType type,
      List<PloverType> alts,
      List<String> actor,
      List<String> recipient,
      boolean directed) {
    return new GoldEvent(
        n,
        required,
        type,
        alts,
        actor,
        recipient,
        directed,
        null,
        null,
        null,
        null,
        Modality.ASSERTED,
        null,
        false,
        null);
  }

  static Article article(String text, LocalDate published, ArticleLayout layout) {
    return new Article(
        "a1",
        text,
        new PublishedDate(published, PublishedDate.Source.OVERRIDE),
        null,
        null,
        null,
        layout);
  }

  /** Builds one event; only tests use it, so it may be mutable. */
  static final class Builder {
    private final PloverType type;
    private List<ActorRef> actors = List.of();
    private List<ActorRef> recipients = List.of();
    private String date;
    private DatePrecision precision;
    private String dateText;
    private Modality modality = Modality.ASSERTED;
    private Location location;
    private final List<SanctionFlag> sanctions = new ArrayList<>();
    private Evidence evidence;
    private String cameo = "010";
    private String articleId = "a1";
    private boolean negated;

    Builder(PloverType type) {
      this.type = type;
    }

    Builder actors(ActorRef... a) {
      actors = List.of(a);
      return this;
    }

    Builder recipients(ActorRef... r) {
      recipients = List.of(r);
      return this;
    }

    Builder date(String d, DatePrecision p) {
      date = d;
      precision = p;
      return this;
    }

    Builder dateText(String words) {
      dateText = words;
      return this;
    }

    Builder modality(Modality m) {
      modality = m;
      return this;
    }

    Builder at(String name, String country) {
      location = new Location(name, country, null, null, null, null, "city");
      return this;
    }

    Builder sanctioned() {
      sanctions.add(new SanctionFlag("UNSC-1718", "arms", "test basis"));
      return this;
    }

    Builder evidence(String sentence, int start) {
      evidence = new Evidence(sentence, 0, start, start + sentence.length(), "x");
      return this;
    }

    Builder cameo(String code) {
      cameo = code;
      return this;
    }

    Builder article(String id) {
      articleId = id;
      return this;
    }

    Builder negated() {
      negated = true;
      return this;
    }

    Event build() {
      return new Event(
          "e-" + type + "-" + actors.size(),
          articleId,
          type,
          null,
          List.of(),
          cameo,
          0,
          1,
          actors,
          recipients,
          date,
          precision,
          dateText,
          false,
          location,
          modality,
          List.of(),
          negated,
          sanctions,
          evidence,
          List.of(),
          null);
    }
  }
}
