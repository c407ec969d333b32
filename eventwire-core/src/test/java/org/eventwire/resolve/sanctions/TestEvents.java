package org.eventwire.resolve.sanctions;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/** Builds events for the sanctions tests, as the coder would emit them. */
final class TestEvents {

  private final PloverType type;
  private String mode;
  private List<String> contexts = List.of();
  private final List<ActorRef> actors = new ArrayList<>();
  private final List<ActorRef> recipients = new ArrayList<>();
  private String date;
  private String sentence = "";
  private String trigger = "";
  private Modality modality = Modality.ASSERTED;

  private TestEvents(PloverType type) {
    this.type = type;
  }

  static TestEvents event(PloverType type) {
    return new TestEvents(type);
  }

  static ActorRef country(String text, String iso3) {
    return new ActorRef(text, null, iso3, null, "GOV", iso3 + "GOV");
  }

  static ActorRef party(String text, String iso3, String sector) {
    return new ActorRef(text, null, iso3, null, sector, iso3 + sector);
  }

  static ActorRef igo(String text, String key) {
    return new ActorRef(text, null, null, key, null, "IGOUNO");
  }

  TestEvents mode(String value) {
    this.mode = value;
    return this;
  }

  TestEvents contexts(String... values) {
    this.contexts = List.of(values);
    return this;
  }

  TestEvents actor(ActorRef ref) {
    actors.add(ref);
    return this;
  }

  TestEvents recipient(ActorRef ref) {
    recipients.add(ref);
    return this;
  }

  TestEvents date(String value) {
    this.date = value;
    return this;
  }

  TestEvents modality(Modality value) {
    this.modality = value;
    return this;
  }

  TestEvents evidence(String sentenceText, String triggerText) {
    this.sentence = sentenceText;
    this.trigger = triggerText;
    return this;
  }

  Event build() {
    DatePrecision precision =
        date == null
            ? null
            : switch (date.length()) {
              case 4 -> DatePrecision.YEAR;
              case 7 -> DatePrecision.MONTH;
              default -> DatePrecision.DAY;
            };
    return new Event(
        "test-" + type,
        "test",
        type,
        mode,
        contexts,
        "000",
        0.0,
        1,
        actors,
        recipients,
        date,
        precision,
        null,
        false,
        null,
        modality,
        List.of(),
        false,
        List.of(),
        new Evidence(sentence, 0, 0, sentence.length(), trigger),
        List.of(),
        null);
  }
}
