package org.eventwire.coding.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.eventwire.coding.lexicon.PredicateEntry.Pos;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PredicateLexiconTest {

  private static final String HEADER = "# lemma\tpos\tparticle\tobjects\ttype\tmode\tcameo\n\n";

  private static String row(String... cells) {
    return String.join("\t", cells) + "\n";
  }

  private static PredicateLexicon lexicon(String text) {
    return PredicateLexicon.load(new StringReader(text), "test.tsv");
  }

  private static final String LAUNCH =
      HEADER
          + row("launch", "V", "-", "-", "AGREE", "-", "030", "to", "-", "plain row")
          + row(
              "launch",
              "V",
              "-",
              "missile,rocket",
              "MOBILIZE",
              "weapons",
              "150",
              "-",
              "military",
              "object row")
          + row("launch", "V", "up", "-", "COOPERATE", "-", "060", "with", "-", "particle row")
          + row("launch", "V", "up", "missile", "ASSAULT", "-", "190", "on", "-", "both row");

  @Test
  void aGoodRowLoadsWithEveryFieldParsed() {
    PredicateLexicon lexicon =
        lexicon(
            HEADER
                + row(
                    "deliver",
                    "V",
                    "-",
                    "weapon,artillery",
                    "AID",
                    "military",
                    "072",
                    "to,obj",
                    "military,technology",
                    "arms transfer"));

    PredicateEntry entry = lexicon.verb("deliver").get(0);

    assertThat(entry.lemma()).isEqualTo("deliver");
    assertThat(entry.pos()).isEqualTo(Pos.VERB);
    assertThat(entry.particle()).isNull();
    assertThat(entry.objects()).containsExactlyInAnyOrder("weapon", "artillery");
    assertThat(entry.type()).isEqualTo(PloverType.AID);
    assertThat(entry.mode()).isEqualTo("military");
    assertThat(entry.cameo()).isEqualTo("072");
    assertThat(entry.recipientSlots()).containsExactly("to", "obj");
    assertThat(entry.contexts()).containsExactly("military", "technology");
    assertThat(entry.note()).isEqualTo("arms transfer");
    assertThat(entry.line()).isEqualTo(3);
  }

  @Test
  void dashesMeanNoParticleNoModeNoRecipientAndNoContexts() {
    PredicateEntry entry =
        lexicon(HEADER + row("test", "N", "-", "-", "MOBILIZE", "-", "150", "-", "-", "a test"))
            .noun("test")
            .get(0);

    assertThat(entry.particle()).isNull();
    assertThat(entry.mode()).isNull();
    assertThat(entry.objects()).isEmpty();
    assertThat(entry.recipientSlots()).isEmpty();
    assertThat(entry.takesRecipient()).isFalse();
    assertThat(entry.contexts()).isEmpty();
  }

  @Test
  void commentsAndBlankLinesAreNotRows() {
    PredicateLexicon lexicon =
        lexicon(
            "# a comment\n\n   \n  # indented comment\n"
                + row("meet", "V", "-", "-", "CONSULT", "meet", "040", "with", "-", "a meeting"));

    assertThat(lexicon.size()).isEqualTo(1);
    assertThat(lexicon.verb("meet").get(0).line()).isEqualTo(5);
  }

  @Test
  void verbAndNounLookupsAreSeparate() {
    PredicateLexicon lexicon =
        lexicon(
            HEADER
                + row("visit", "V", "-", "-", "CONSULT", "visit", "042", "obj", "-", "verb")
                + row("visit", "N", "-", "-", "CONSULT", "visit", "042", "to", "-", "noun"));

    assertThat(lexicon.verb("visit")).extracting(PredicateEntry::note).containsExactly("verb");
    assertThat(lexicon.noun("visit")).extracting(PredicateEntry::note).containsExactly("noun");
    assertThat(lexicon.verb("summit")).isEmpty();
  }

  @Test
  void allRowsOfALemmaComeMostConstrainedFirst() {
    assertThat(lexicon(LAUNCH).verb("launch"))
        .extracting(PredicateEntry::note)
        .containsExactly("both row", "particle row", "object row", "plain row");
  }

  @Test
  void particleAndObjectTogetherBeatEveryOtherRow() {
    assertThat(lexicon(LAUNCH).bestVerb("launch", "up", "missile"))
        .map(PredicateEntry::note)
        .contains("both row");
  }

  @Test
  void aParticleRowBeatsAnObjectRow() {
    assertThat(lexicon(LAUNCH).bestVerb("launch", "up", "rocket"))
        .map(PredicateEntry::note)
        .contains("particle row");
  }

  @Test
  void anObjectRowBeatsThePlainRowOnlyWhenTheObjectIsListed() {
    PredicateLexicon lexicon = lexicon(LAUNCH);

    assertThat(lexicon.bestVerb("launch", null, "rocket"))
        .map(PredicateEntry::note)
        .contains("object row");
    assertThat(lexicon.bestVerb("launch", null, "attack"))
        .map(PredicateEntry::note)
        .contains("plain row");
    assertThat(lexicon.bestVerb("launch", null, null))
        .map(PredicateEntry::note)
        .contains("plain row");
  }

  @Test
  void aParticleRowNeedsItsParticle() {
    PredicateLexicon lexicon =
        lexicon(
            HEADER
                + row(
                    "pull",
                    "V",
                    "out",
                    "-",
                    "RETREAT",
                    "withdraw",
                    "0874",
                    "from",
                    "-",
                    "pull out"));

    assertThat(lexicon.bestVerb("pull", null, null)).isEmpty();
    assertThat(lexicon.bestVerb("pull", "back", null)).isEmpty();
    assertThat(lexicon.bestVerb("pull", "out", null)).isPresent();
  }

  @Test
  void anObjectRowNeedsOneOfItsObjects() {
    PredicateLexicon lexicon =
        lexicon(
            HEADER
                + row(
                    "hold",
                    "V",
                    "-",
                    "talk,summit",
                    "CONSULT",
                    "meet",
                    "040",
                    "with",
                    "-",
                    "light verb"));

    assertThat(lexicon.bestVerb("hold", null, "summit")).isPresent();
    assertThat(lexicon.bestVerb("hold", null, "city")).isEmpty();
    assertThat(lexicon.bestVerb("hold", null, null)).isEmpty();
  }

  @Test
  void nounsMatchOnTheirModifier() {
    PredicateLexicon lexicon =
        lexicon(
            HEADER
                + row("strike", "N", "-", "-", "ASSAULT", "-", "190", "on", "-", "military")
                + row(
                    "strike", "N", "-", "hunger", "PROTEST", "hunger", "142", "-", "-", "hunger"));

    assertThat(lexicon.bestNoun("strike", "hunger"))
        .map(PredicateEntry::type)
        .contains(PloverType.PROTEST);
    assertThat(lexicon.bestNoun("strike", "air"))
        .map(PredicateEntry::type)
        .contains(PloverType.ASSAULT);
  }

  @Test
  void sizeAndTypesSummariseTheRows() {
    PredicateLexicon lexicon = lexicon(LAUNCH);

    assertThat(lexicon.size()).isEqualTo(4);
    assertThat(lexicon.types())
        .containsExactlyInAnyOrder(
            PloverType.AGREE, PloverType.MOBILIZE, PloverType.COOPERATE, PloverType.ASSAULT);
  }

  @Test
  void theLoadedLexiconCannotBeChanged() {
    List<PredicateEntry> rows = lexicon(LAUNCH).verb("launch");

    assertThatThrownBy(() -> rows.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rows.get(0).objects().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of(
            row("meet", "V", "-", "-", "ASSUALT", "-", "040", "with", "-", "n"),
            "test.tsv:3: unknown type 'ASSUALT'"),
        Arguments.of(
            row("meet", "X", "-", "-", "CONSULT", "-", "040", "with", "-", "n"),
            "test.tsv:3: unknown pos 'X'"),
        Arguments.of("meet\tV\t-\tCONSULT\n", "test.tsv:3: expected 10 tab-separated columns"),
        Arguments.of(
            row("Meet", "V", "-", "-", "CONSULT", "-", "040", "with", "-", "n"),
            "test.tsv:3: bad lemma 'Meet'"),
        Arguments.of(
            row("meet", "V", "-", "-", "CONSULT", "-", "4O", "with", "-", "n"),
            "test.tsv:3: bad cameo code '4O'"),
        Arguments.of(
            row("meet", "V", "-", "-", "CONSULT", "-", "250", "with", "-", "n"),
            "test.tsv:3: cameo code '250' has no root 01..20"),
        Arguments.of(
            row("talk", "N", "up", "-", "CONSULT", "-", "040", "with", "-", "n"),
            "test.tsv:3: a noun row cannot have a particle"),
        Arguments.of(
            row("meet", "V", "-", "-", "CONSULT", "-", "040", "wi th", "-", "n"),
            "test.tsv:3: bad recipient slot 'wi th'"),
        Arguments.of(
            row("meet", "V", "-", "talk,,summit", "CONSULT", "-", "040", "with", "-", "n"),
            "test.tsv:3: bad object ''"),
        Arguments.of(
            row("meet", "V", "-", "-", "CONSULT", "-", "040", "with", "Military", "n"),
            "test.tsv:3: bad context 'Military'"),
        Arguments.of(
            row("meet", "V", "-", "-", "CONSULT", "-", "040", "with", "-", "-"),
            "test.tsv:3: missing note"),
        Arguments.of(
            row("meet", "V", "-", "a,b", "CONSULT", "-", "040", "with", "-", "n")
                + row("meet", "V", "-", "b,a", "CONSULT", "-", "040", "with", "-", "n"),
            "test.tsv:4: duplicate of line 3"));
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void aBadRowIsRejectedNamingFileAndLine(String rows, String message) {
    assertThatThrownBy(() -> lexicon(HEADER + rows))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void aModeOutsideTheTypesModesIsRejectedWhenTypesAreGiven() {
    String text = HEADER + row("meet", "V", "-", "-", "CONSULT", "firearms", "040", "-", "-", "n");

    assertThatThrownBy(
            () ->
                PredicateLexicon.load(
                    new StringReader(text), "predicates.tsv", PloverTypes.loadDefault()))
        .isInstanceOf(LexiconException.class)
        .hasMessage("predicates.tsv:3: mode 'firearms' is not a mode of CONSULT");
  }

  @Test
  void anUnknownContextIsRejectedWhenTypesAreGiven() {
    String text = HEADER + row("meet", "V", "-", "-", "CONSULT", "-", "040", "-", "weather", "n");

    assertThatThrownBy(
            () ->
                PredicateLexicon.load(
                    new StringReader(text), "predicates.tsv", PloverTypes.loadDefault()))
        .hasMessage("predicates.tsv:3: context 'weather' is not allowed for CONSULT");
  }

  @Test
  void theErrorCarriesFileAndLineSeparately() {
    assertThatThrownBy(
            () -> lexicon(HEADER + row("meet", "V", "-", "-", "NOPE", "-", "040", "-", "-", "n")))
        .isInstanceOfSatisfying(
            LexiconException.class,
            e -> {
              assertThat(e.source()).isEqualTo("test.tsv");
              assertThat(e.line()).isEqualTo(3);
            });
  }
}
