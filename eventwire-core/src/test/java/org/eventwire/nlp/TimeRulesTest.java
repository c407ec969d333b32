package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRulesTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 13);

  private static final TimeRules RULES = new TimeRules(TimeWords.standard());

  /**
   * Tokens of a sentence written with spaces between tokens; a token may carry its tag after a
   * slash ("May/MD"), otherwise capitalised words are NNP, numbers CD and the rest NN.
   */
  private static List<Token> tokens(String sentence) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String raw : sentence.split(" ")) {
      int slash = raw.lastIndexOf('/');
      String word = slash > 0 ? raw.substring(0, slash) : raw;
      String tag = slash > 0 ? raw.substring(slash + 1) : guessTag(word);
      out.add(new Token(out.size(), word, word, tag, "O", offset, offset + word.length()));
      offset += word.length() + 1;
    }
    return out;
  }

  private static String guessTag(String word) {
    if (Character.isDigit(word.charAt(0))) {
      return "CD";
    }
    return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
  }

  private static String text(String sentence) {
    return sentence.replaceAll("/[A-Z$]+", "");
  }

  private static List<TimeExpression> find(String sentence, LocalDate ref) {
    return RULES.find(tokens(sentence), text(sentence), ref);
  }

  private static TimeExpression only(String sentence) {
    List<TimeExpression> found = find(sentence, PUBLISHED);
    assertThat(found).as(sentence).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "The envoys met on Tuesday .|2023-12-12|Tuesday",
        "The talks resume on Friday .|2023-12-15|Friday",
        "The army fired on Sunday .|2023-12-10|Sunday",
        "The ministers spoke last Tuesday .|2023-12-05|last Tuesday",
        "The summit opens next Sunday .|2023-12-24|next Sunday",
        "The delegation left on Tuesday night .|2023-12-12TNI|Tuesday night",
        "Shelling resumed early Monday .|2023-12-11|early Monday",
        "Troops exchanged fire late on Sunday .|2023-12-10|late on Sunday",
        "The rebels struck yesterday .|2023-12-12|yesterday",
        "Voting ends tomorrow .|2023-12-14|tomorrow",
        "Sirens sounded last night .|2023-12-12TNI|last night",
        "The council meets tonight .|2023-12-13TNI|tonight",
        "The ship docked the day before yesterday .|2023-12-11|the day before yesterday",
        "The mission arrived last week .|2023-W49|last week",
        "The blockade tightened earlier this week .|2023-W50|earlier this week",
        "The treaty lapsed last month .|2023-11|last month",
        "Exports fell this year .|2023|this year",
        "The embassy reopens early next year .|2024|early next year",
        "Prices rose over the past year .|2023|the past year",
        "The talks collapsed in September .|2023-09|September",
        "The pact expires in January .|2024-01|January",
        "The envoy visited on Dec. 12 .|2023-12-12|Dec. 12",
        "The satellite rose on 13 September 2023 .|2023-09-13|13 September 2023",
        "The vote was held on December 12 , 2022 .|2022-12-12|December 12 , 2022",
        "Fighting flared in March 2022 .|2022-03|March 2022",
        "The accord dates from 2019 .|2019|2019",
        "Elections are due in early 2024 .|2024|early 2024",
        "The exercise ran in mid-December .|2023-12|mid-December",
        "The launch came at the end of November .|2023-11|the end of November",
        "Relations soured in the 1990s .|199X|the 1990s",
        "The truce broke two days ago .|2023-12-11|two days ago",
        "The border closed five years ago .|2018|five years ago",
        "The base was handed over on the 3rd of May .|2024-05-03|the 3rd of May",
        "The court ruled on 2023-11-04 .|2023-11-04|2023-11-04",
        "The rally took place on Monday , Dec. 11 .|2023-12-11|Monday , Dec. 11",
        "Vienna , Jun 9 ( EFE ) .|2024-06-09|Jun 9",
        "The pact was signed last September .|2023-09|last September",
        "The pact was signed last December .|2022-12|last December",
        "The pact will be signed next March .|2024-03|next March",
      })
  void aSentenceGivesOneExpressionNormalisedAgainstThePublicationDate(
      String sentence, String value, String words) {
    TimeExpression t = only(sentence);
    assertThat(t.value()).isEqualTo(value);
    assertThat(t.text()).isEqualTo(words);
  }

  @Test
  void aPartOfADayMakesATimeAndADayMakesADate() {
    assertThat(only("They met on Tuesday morning .").type()).isEqualTo("TIME");
    assertThat(only("They met on Tuesday .").type()).isEqualTo("DATE");
  }

  @Test
  void tokenIndexesCoverTheWordsAndEndExclusive() {
    TimeExpression t = only("Talks began on 12 December 2023 in Geneva .");
    assertThat(t.startToken()).isEqualTo(3);
    assertThat(t.endToken()).isEqualTo(6);
  }

  @Test
  void aBareWeekdayIsTheNearestSuchDayToThePublicationDate() {
    LocalDate saturday = LocalDate.of(2023, 12, 16);
    assertThat(find("They met on Tuesday .", saturday).get(0).value()).isEqualTo("2023-12-19");
    assertThat(find("They met on Thursday .", saturday).get(0).value()).isEqualTo("2023-12-14");
  }

  @Test
  void aDayOfAMonthWithoutYearIsTheNearestOne() {
    assertThat(only("The ship sailed on June 14 .").value()).isEqualTo("2023-06-14");
    assertThat(only("The ship sails on June 12 .").value()).isEqualTo("2024-06-12");
  }

  @Test
  void withoutAPublicationDateAMonthKeepsAnUnknownYearAndRelativeWordsHaveNoValue() {
    assertThat(find("The talks collapsed in September .", null).get(0).value())
        .isEqualTo("XXXX-09");
    assertThat(find("The talks collapsed on Sept. 3 .", null).get(0).value())
        .isEqualTo("XXXX-09-03");
    assertThat(find("The rebels struck yesterday .", null)).isEmpty();
  }

  @Test
  void theModalMayAndTheVerbMarchAreNoMonths() {
    assertThat(find("The troops/NNS may/MD march/VB on the capital .", PUBLISHED)).isEmpty();
    assertThat(find("May/MD the talks succeed .", PUBLISHED)).isEmpty();
  }

  @Test
  void aFourDigitCountOrAmountIsNoYear() {
    assertThat(find("They sent 2000 troops/NNS .", PUBLISHED)).isEmpty();
    assertThat(find("It cost $/$ 2000 .", PUBLISHED)).isEmpty();
    assertThat(only("The 2015 deal/NN collapsed .").value()).isEqualTo("2015");
  }

  @Test
  void durationsAreFoundButAreNotDates() {
    TimeExpression t = only("Talks lasted two weeks .");
    assertThat(t.type()).isEqualTo("DURATION");
    assertThat(t.value()).isEqualTo("P2W");
    assertThat(only("For hours , they met .").type()).isEqualTo("DURATION");
    assertThat(only("Clashes grew in recent days .").value()).isEqualTo("PXD");
  }

  @Test
  void aSentenceWithSeveralExpressionsGivesThemAllInOrder() {
    List<TimeExpression> found =
        find("The envoy arrived on Monday and left on Dec. 14 after talks in 2019 .", PUBLISHED);
    assertThat(found)
        .extracting(TimeExpression::value)
        .containsExactly("2023-12-11", "2023-12-14", "2019");
  }

  /** The days named by the given sentences, read in order, as the analyser reads an article. */
  private static NarrativeDays read(String... sentences) {
    NarrativeDays days = RULES.narrative();
    for (String s : sentences) {
      List<Token> tokens = tokens(s);
      days.read(tokens, RULES.find(tokens, text(s), PUBLISHED, days), PUBLISHED);
    }
    return days;
  }

  private static String valueAfter(NarrativeDays days, String sentence) {
    return RULES.find(tokens(sentence), text(sentence), PUBLISHED, days).get(0).value();
  }

  @Test
  void theSameDayAndTheNextDayCountFromTheLastDayTheArticleNamed() {
    NarrativeDays days = read("The envoy arrived on Monday .", "He spoke to reporters .");
    assertThat(valueAfter(days, "They met the same day .")).isEqualTo("2023-12-11");
    assertThat(valueAfter(days, "They met again the next day .")).isEqualTo("2023-12-12");
    assertThat(valueAfter(days, "He had landed the previous day .")).isEqualTo("2023-12-10");
  }

  @Test
  void withoutANamedDayTheSameDayIsThePublicationDay() {
    assertThat(valueAfter(RULES.narrative(), "They met the same day .")).isEqualTo("2023-12-13");
  }

  @Test
  void hoursAfterANamedThingCountFromTheDayOfTheSentenceThatNamedIt() {
    NarrativeDays days =
        read(
            "The army issued a statement/NN on Monday about a drill/NN .",
            "The drill/NN began on Sunday .");
    assertThat(valueAfter(days, "Hours after the/DT statement/NN , troops moved ."))
        .isEqualTo("2023-12-11");
    assertThat(valueAfter(days, "Hours after the/DT drill/NN , troops moved ."))
        .isEqualTo("2023-12-10");
    assertThat(valueAfter(days, "Hours later , troops moved .")).isEqualTo("2023-12-10");
  }

  @Test
  void aWeekdayAfterThePublicationDateIsLastWeeksForTheNarrative() {
    LocalDate saturday = LocalDate.of(2023, 12, 16);
    NarrativeDays days = RULES.narrative();
    String lead = "They met on Tuesday .";
    days.read(tokens(lead), RULES.find(tokens(lead), text(lead), saturday, days), saturday);
    assertThat(days.last()).isEqualTo(LocalDate.of(2023, 12, 12));
  }

  @Test
  void lowerCaseWeekdaysAndOrdinaryWordsAreNotTimes() {
    assertThat(find("The sunday/NN paper and the last word .", PUBLISHED)).isEmpty();
    assertThat(find("The new week/NN plan .", PUBLISHED)).isEmpty();
  }
}
