package org.eventwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.eval.TestEvents.country;
import static org.eventwire.eval.TestEvents.event;
import static org.eventwire.eval.TestEvents.gold;
import static org.eventwire.eval.TestEvents.igo;

import java.util.List;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class EventMatcherTest {
  private final EventMatcher matcher = new EventMatcher();

  /** A DOM→HTI gold event of the given standing, type and accepted alternatives. */
  private static GoldEvent closure(
      int n, boolean required, PloverType type, List<PloverType> alts) {
    return gold(n, required, type, alts, List.of("DOM"), List.of("HTI"), true);
  }

  @Test
  void aRecordThatFitsARequiredAndAnOptionalGoldEventCountsForTheRequiredOne() {
    GoldEvent optionalExact = closure(1, false, PloverType.COERCE, List.of());
    GoldEvent requiredAlternative =
        closure(2, true, PloverType.SANCTION, List.of(PloverType.COERCE));
    Event closed =
        event(PloverType.COERCE).actors(country("DOM")).recipients(country("HTI")).build();
    assertThat(matcher.match(List.of(optionalExact, requiredAlternative), List.of(closed)))
        .containsOnlyKeys(1);
  }

  @Test
  void aDirectedGoldEventMatchesTheSameOrientation() {
    GoldEvent g = gold(PloverType.AID, List.of("PRK"), List.of("RUS"), true);
    Event e = event(PloverType.AID).actors(country("PRK")).recipients(country("RUS")).build();
    assertThat(matcher.fits(g, e)).isTrue();
  }

  @Test
  void aDirectedGoldEventDoesNotMatchWhenSwapped() {
    GoldEvent g = gold(PloverType.AID, List.of("PRK"), List.of("RUS"), true);
    Event e = event(PloverType.AID).actors(country("RUS")).recipients(country("PRK")).build();
    assertThat(matcher.fits(g, e)).isFalse();
  }

  @Test
  void anUndirectedGoldEventMatchesWhenSwapped() {
    GoldEvent g = gold(PloverType.CONSULT, List.of("RUS"), List.of("PRK"), false);
    Event e = event(PloverType.CONSULT).actors(country("PRK")).recipients(country("RUS")).build();
    assertThat(matcher.fits(g, e)).isTrue();
  }

  @Test
  void anUndirectedGoldEventMatchesWhenAllPartiesAreActors() {
    GoldEvent g = gold(PloverType.CONSULT, List.of("RUS"), List.of("PRK"), false);
    Event e = event(PloverType.CONSULT).actors(country("PRK"), country("RUS")).build();
    assertThat(matcher.fits(g, e)).isTrue();
  }

  @Test
  void anUndirectedGoldEventStillNeedsTheRecipientSomewhere() {
    GoldEvent g = gold(PloverType.CONSULT, List.of("RUS"), List.of("PRK"), false);
    Event e = event(PloverType.CONSULT).actors(country("RUS")).recipients(country("CHN")).build();
    assertThat(matcher.fits(g, e)).isFalse();
  }

  @Test
  void aGoldEventWithoutRecipientsAcceptsAnyRecipients() {
    GoldEvent g = gold(PloverType.MOBILIZE, List.of("PRK"), List.of(), true);
    Event e = event(PloverType.MOBILIZE).actors(country("PRK")).recipients(country("JPN")).build();
    assertThat(matcher.fits(g, e)).isTrue();
  }

  @Test
  void anAlternativeTypeMatchesAndAnotherTypeDoesNot() {
    GoldEvent g =
        new GoldEvent(
            1,
            true,
            PloverType.AID,
            List.of(PloverType.COOPERATE),
            List.of("PRK"),
            List.of("RUS"),
            true,
            null,
            null,
            null,
            null,
            Modality.ALLEGED,
            null,
            true,
            null);
    Event alt =
        event(PloverType.COOPERATE).actors(country("PRK")).recipients(country("RUS")).build();
    Event other =
        event(PloverType.ASSAULT).actors(country("PRK")).recipients(country("RUS")).build();
    assertThat(matcher.fits(g, alt)).isTrue();
    assertThat(matcher.fits(g, other)).isFalse();
  }

  @Test
  void internationalBodiesMatchByIgoKey() {
    GoldEvent g = gold(PloverType.SANCTION, List.of("IGO:UNSC"), List.of("PRK"), true);
    Event e = event(PloverType.SANCTION).actors(igo("UNSC")).recipients(country("PRK")).build();
    Event wrongBody =
        event(PloverType.SANCTION).actors(igo("EU")).recipients(country("PRK")).build();
    assertThat(matcher.fits(g, e)).isTrue();
    assertThat(matcher.fits(g, wrongBody)).isFalse();
  }

  @Test
  void eachPredictedEventMatchesAtMostOneGoldEventAndTheBetterFitWins() {
    GoldEvent first =
        new GoldEvent(
            1,
            true,
            PloverType.CONSULT,
            List.of(),
            List.of("RUS"),
            List.of("PRK"),
            false,
            "2023-12-11",
            DatePrecision.DAY,
            null,
            null,
            Modality.ASSERTED,
            null,
            false,
            null);
    GoldEvent second =
        new GoldEvent(
            2,
            true,
            PloverType.CONSULT,
            List.of(),
            List.of("RUS"),
            List.of("PRK"),
            false,
            "2023-12-12",
            DatePrecision.DAY,
            null,
            null,
            Modality.ASSERTED,
            null,
            false,
            null);
    Event onTwelfth =
        event(PloverType.CONSULT)
            .actors(country("RUS"))
            .recipients(country("PRK"))
            .date("2023-12-12", DatePrecision.DAY)
            .build();

    assertThat(matcher.match(List.of(first, second), List.of(onTwelfth))).containsOnlyKeys(1);
  }

  @Test
  void twoPredictedEventsCanServeTwoGoldEvents() {
    GoldEvent a = gold(PloverType.CONSULT, List.of("RUS"), List.of("PRK"), false);
    GoldEvent b = gold(PloverType.CONSULT, List.of("RUS"), List.of("PRK"), false);
    Event e = event(PloverType.CONSULT).actors(country("RUS")).recipients(country("PRK")).build();
    assertThat(matcher.match(List.of(a, b), List.of(e, e))).containsEntry(0, 0).containsEntry(1, 1);
  }
}
