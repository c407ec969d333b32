package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CoreNLP set-up with the default time rules, on sentences we wrote. */
class CoreNlpAnalyzerIT {
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 12, 13);
  private static CoreNlpAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new CoreNlpAnalyzer(new NlpConfig(false, 40, TimeRecognizer.RULES, 20_000));
  }

  @Test
  void aShortSentenceGetsBothGraphsAndItsTimeExpression() {
    ParsedSentence s =
        analyzer.analyze("Chile recalled its ambassador on Tuesday.", WEDNESDAY).sentences().get(0);
    assertThat(s.basic()).anyMatch(d -> d.relation().equals("nsubj"));
    assertThat(s.enhanced()).anyMatch(d -> d.relation().equals("obl:on"));
    assertThat(s.times()).singleElement().extracting(TimeExpression::value).isEqualTo("2023-12-12");
    assertThat(s.tokens().get(5).ner()).isEqualTo("DATE");
  }

  @Test
  void aSentenceLongerThanTheLimitIsNotParsed() {
    String longSentence =
        "Officials from Chile, Peru, Bolivia, Ecuador, Colombia, Venezuela, Brazil, Uruguay,"
            + " Paraguay and Argentina met in Lima on Tuesday and agreed to meet again in March"
            + " to discuss trade, migration, water, fishing and roads.";
    ParsedSentence s = analyzer.analyze(longSentence, WEDNESDAY).sentences().get(0);
    assertThat(s.tokens()).hasSizeGreaterThan(40);
    assertThat(s.basic()).isEmpty();
    assertThat(s.enhanced()).isEmpty();
  }
}
