package org.eventwire.resolve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.resolve.actors.TestPhrases.phrase;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.Token;
import org.junit.jupiter.api.Test;

class DictionaryActorResolverTest {

  private static final LocalDate DEC_2023 = LocalDate.of(2023, 12, 13);

  private final DictionaryActorResolver resolver =
      DictionaryActorResolver.withDefaultKnowledgeBase();

  @Test
  void anAdjectiveWithASectorWordGivesCountryAndSectorWithCanonicalNameAndOriginalText() {
    List<ActorRef> refs = resolver.resolve(phrase("North Korean officials"), DEC_2023);
    assertThat(refs)
        .containsExactly(
            new ActorRef("North Korean officials", "North Korea", "PRK", null, "GOV", "PRKGOV"));
  }

  @Test
  void theExplanationNamesTheFileLinesAndTheRule() {
    List<Resolution> out = resolver.resolveExplained(phrase("Russian troops"), DEC_2023);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).rule()).isEqualTo("adjective+sector");
    assertThat(out.get(0).entrySource()).matches("countries\\.tsv:\\d+ \\+ sectors\\.tsv:\\d+");
  }

  @Test
  void aCapitalStandsForTheGovernment() {
    List<Resolution> out = resolver.resolveExplained(phrase("Pyongyang"), DEC_2023);
    assertThat(out).extracting(r -> r.ref().code()).containsExactly("PRKGOV");
    assertThat(out.get(0).rule()).isEqualTo("capital");
  }

  @Test
  void aCapitalInATrailingPhraseGivesTheCountryButNotTheGovernment() {
    assertThat(resolver.resolve(phrase("protesters in Moscow"), DEC_2023))
        .extracting(ActorRef::code)
        .containsExactly("RUSOPP");
  }

  @Test
  void theCountryBeforeTheHeadWinsOverOneInATrailingPhrase() {
    List<Resolution> out = resolver.resolveExplained(phrase("the US commander in Iraq"), DEC_2023);
    assertThat(out).extracting(r -> r.ref().code()).containsExactly("USAMIL");
    assertThat(out.get(0).rule()).doesNotContain("trailing");
  }

  @Test
  void coordinatedCountriesShareTheSectorAndAreExplainedAsCoordination() {
    List<Resolution> out = resolver.resolveExplained(phrase("US and British activists"), DEC_2023);
    assertThat(out).extracting(r -> r.ref().code()).containsExactly("USAOPP", "GBROPP");
    assertThat(out).allSatisfy(r -> assertThat(r.rule()).startsWith("coordination:"));
  }

  @Test
  void aSectorWithoutACountryGetsThreeDashes() {
    ActorRef ref = resolver.resolve(phrase("rebels"), DEC_2023).get(0);
    assertThat(ref.code()).isEqualTo("---REB");
    assertThat(ref.country()).isNull();
    assertThat(ref.sector()).isEqualTo("REB");
  }

  @Test
  void aBodyKeepsItsOwnKeyInTheIgoField() {
    ActorRef ref = resolver.resolve(phrase("the UN Security Council"), DEC_2023).get(0);
    assertThat(ref.igo()).isEqualTo("UNSC");
    assertThat(ref.code()).isEqualTo("IGOUNO");
    assertThat(ref.country()).isNull();
  }

  @Test
  void theSameSurnameResolvesToWhoeverHeldOfficeOnTheDate() {
    assertThat(resolver.resolve(phrase("Clinton"), LocalDate.of(1998, 1, 1)))
        .extracting(ActorRef::name)
        .containsExactly("Bill Clinton");
    assertThat(resolver.resolve(phrase("Clinton"), LocalDate.of(2011, 1, 1)))
        .extracting(ActorRef::name)
        .containsExactly("Hillary Clinton");
  }

  @Test
  void aPersonBeforeTheirFirstOfficeGetsOnlyTheirCountry() {
    assertThat(resolver.resolve(phrase("Volodymyr Zelensky"), LocalDate.of(2015, 1, 1)))
        .extracting(ActorRef::code)
        .containsExactly("UKR");
  }

  @Test
  void withoutADateAPersonGetsTheirLatestOffice() {
    List<Resolution> out = resolver.resolveExplained(phrase("Dmitry Medvedev"), null);
    assertThat(out).extracting(r -> r.ref().code()).containsExactly("RUSGOV");
    assertThat(out.get(0).entrySource()).startsWith("people.tsv:");
  }

  @Test
  void anOrganisationChangesSectorOnItsRecordedDate() {
    Phrase taliban = phrase("the Taliban");
    assertThat(resolver.resolve(taliban, LocalDate.of(2021, 8, 14)))
        .extracting(ActorRef::code)
        .containsExactly("AFGREBMUS");
    assertThat(resolver.resolve(taliban, LocalDate.of(2021, 8, 15)))
        .extracting(ActorRef::code)
        .containsExactly("AFGGOV");
  }

  @Test
  void abbreviationsInCapitalsDoNotMatchOrdinaryLowerCaseWords() {
    assertThat(resolver.resolve(phrase("us"), DEC_2023)).isEmpty();
    assertThat(resolver.resolve(phrase("who"), DEC_2023)).isEmpty();
    assertThat(resolver.resolve(phrase("US"), DEC_2023))
        .extracting(ActorRef::code)
        .containsExactly("USA");
  }

  @Test
  void properNamesNeedACapitalLetter() {
    assertThat(resolver.resolve(phrase("turkey and china"), DEC_2023)).isEmpty();
  }

  @Test
  void aHyphenatedTokenMatchesTheSpacedName() {
    Phrase kim =
        new Phrase(
            "Kim Jong-un",
            List.of(
                new Token(0, "Kim", "Kim", "NNP", "PERSON", 0, 3),
                new Token(1, "Jong-un", "Jong-un", "NNP", "PERSON", 4, 11)),
            1);
    assertThat(resolver.resolve(kim, DEC_2023))
        .extracting(ActorRef::code)
        .containsExactly("PRKGOV");
  }

  @Test
  void theResolverDoesNotNeedPartOfSpeechTagsToFindNames() {
    Phrase untagged =
        new Phrase(
            "Seoul 's spy agency",
            List.of(
                new Token(0, "Seoul", "seoul", "NN", "O", 0, 5),
                new Token(1, "'s", "'s", "NN", "O", 5, 7),
                new Token(2, "spy", "spy", "NN", "O", 8, 11),
                new Token(3, "agency", "agency", "NN", "O", 12, 18)),
            0);
    assertThat(resolver.resolve(untagged, DEC_2023))
        .extracting(ActorRef::code)
        .containsExactly("KORSPY");
  }

  @Test
  void anUnknownPersonIsKeptUnresolvedButAnUnknownPlaceIsNoActor() {
    Phrase person =
        new Phrase("Jane Roe", List.of(token(0, "Jane", "PERSON"), token(1, "Roe", "PERSON")), 1);
    Phrase city = new Phrase("Aleppo", List.of(token(0, "Aleppo", "CITY")), 0);
    assertThat(resolver.resolve(person, DEC_2023)).containsExactly(ActorRef.unresolved("Jane Roe"));
    assertThat(resolver.resolveExplained(person, DEC_2023).get(0).rule())
        .isEqualTo("unresolved-proper-noun");
    assertThat(resolver.resolve(city, DEC_2023)).isEmpty();
  }

  @Test
  void aPhraseWithoutActorWordsGivesNothing() {
    assertThat(resolver.resolve(phrase("artillery rounds"), DEC_2023)).isEmpty();
    assertThat(resolver.resolve(new Phrase("", List.of(), 0), DEC_2023)).isEmpty();
  }

  @Test
  void lookupNameFindsWholeNamesOnly() {
    assertThat(resolver.lookupName("Pyongyang", DEC_2023)).map(ActorRef::code).contains("PRKGOV");
    assertThat(resolver.lookupName("the Kremlin", DEC_2023)).map(ActorRef::name).contains("Russia");
    assertThat(resolver.lookupName("Kim Jong Un", DEC_2023)).map(ActorRef::code).contains("PRKGOV");
    assertThat(resolver.lookupName("NATO", DEC_2023)).map(ActorRef::igo).contains("NATO");
    assertThat(resolver.lookupName("South Korean", DEC_2023)).map(ActorRef::code).contains("KOR");
    assertThat(resolver.lookupName("Pyongyang officials", DEC_2023)).isEmpty();
    assertThat(resolver.lookupName("officials", DEC_2023)).isEmpty();
    assertThat(resolver.lookupName("Aleppo", DEC_2023)).isEmpty();
  }

  private static Token token(int i, String word, String ner) {
    return new Token(i, word, word, "NNP", ner, 0, word.length());
  }
}
