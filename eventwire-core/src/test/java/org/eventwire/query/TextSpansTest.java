package org.eventwire.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.query.TextSpans.Kind;
import org.eventwire.query.TextSpans.Span;
import org.eventwire.store.TestEvents;
import org.junit.jupiter.api.Test;

class TextSpansTest {
  private static final String SENTENCE =
      "Russia hosted the North Korean envoy in Moscow on Monday.";
  private static final String TEXT = "MOSCOW - " + SENTENCE + " Talks went on in moscow later.";

  private static Event event(int start) {
    Event e =
        TestEvents.event(
            "e1",
            "a1",
            PloverType.CONSULT,
            "042",
            List.of(TestEvents.country("RUS", "Russia")),
            List.of(
                new org.eventwire.model.ActorRef(
                    "North Korean envoy", null, "PRK", null, null, "PRK")),
            "2024-01-01",
            Modality.ASSERTED,
            List.of(),
            SENTENCE);
    Evidence ev = new Evidence(SENTENCE, 0, start, start + SENTENCE.length(), "hosted");
    return new Event(
        e.id(),
        e.articleId(),
        e.type(),
        e.mode(),
        e.contexts(),
        e.cameo(),
        e.intensity(),
        e.quadClass(),
        e.actors(),
        e.recipients(),
        e.date(),
        e.datePrecision(),
        "on Monday",
        e.historical(),
        new org.eventwire.model.Location("Moscow", "RUS", null, null, null, null, null),
        e.modality(),
        e.claimants(),
        e.negated(),
        e.sanctions(),
        ev,
        List.of(),
        null);
  }

  private static String covered(Span s) {
    return TEXT.substring(s.start(), s.end());
  }

  @Test
  void everyWordOfTheEventIsFoundInsideItsSentence() {
    List<Span> spans = TextSpans.of(TEXT, event(9));
    assertThat(spans)
        .extracting(Span::kind)
        .containsExactly(
            Kind.EVIDENCE, Kind.TRIGGER, Kind.ACTOR, Kind.RECIPIENT, Kind.DATE, Kind.PLACE);
    assertThat(spans).allSatisfy(s -> assertThat(covered(s)).isEqualTo(s.text()));
    assertThat(spans.get(0).start()).isEqualTo(9);
    Span place = spans.get(5);
    assertThat(place.text()).isEqualTo("Moscow");
    assertThat(place.start()).isGreaterThan(9).isLessThan(9 + SENTENCE.length());
  }

  @Test
  void wrongStoredOffsetsFallBackToWhereTheSentenceIs() {
    List<Span> spans = TextSpans.of(TEXT, event(0));
    assertThat(spans.get(0).start()).isEqualTo(9);
  }

  @Test
  void aSentenceNotInTheTextGivesNoSpans() {
    assertThat(TextSpans.of("Something else entirely.", event(0))).isEmpty();
  }

  @Test
  void wordsMatchWholeWordsOnlyAndPreferTheExactCase() {
    String text = "Iranian Iran iran.";
    assertThat(TextSpans.word(text, 0, text.length(), "iran", Kind.ACTOR, "x"))
        .get()
        .extracting(Span::start)
        .isEqualTo(13);
    assertThat(TextSpans.word(text, 0, 12, "IRAN", Kind.ACTOR, "x"))
        .get()
        .extracting(Span::start)
        .isEqualTo(8);
  }
}
