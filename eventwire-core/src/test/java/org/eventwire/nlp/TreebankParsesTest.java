package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Given treebank parses on sentences of our own, built by hand (no CoreNLP models). */
class TreebankParsesTest {
  private final TreebankParses parses = TreebankParses.standard();

  /**
   * One sentence per group of {@code word/TAG/NER} items; words are joined by one space and the
   * groups by one space too, so offsets follow. Our tags may be wrong on purpose.
   */
  private static ParsedDocument document(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<ParsedSentence> out = new ArrayList<>();
    for (String s : sentences) {
      List<Token> tokens = new ArrayList<>();
      for (String item : s.split(" ")) {
        String[] p = item.split("/");
        if (text.length() > 0) {
          text.append(' ');
        }
        int b = text.length();
        text.append(p[0]);
        tokens.add(
            new Token(tokens.size(), p[0], p[0].toLowerCase(), p[1], p[2], b, text.length()));
      }
      int start = tokens.get(0).begin();
      out.add(
          new ParsedSentence(
              out.size(),
              start,
              text.length(),
              text.substring(start),
              tokens,
              List.of(new Dependency(-1, 0, "root")),
              List.of(),
              List.of(new TimeExpression(0, 1, "x", "DATE", "2024")))); // a stand-in time
    }
    return new ParsedDocument(text.toString(), null, out);
  }

  /** The one sentence of the document on the tree, which must have been used. */
  private ParsedSentence onTree(ParsedDocument doc, String tree) {
    GivenParse given = parses.apply(doc, tree);
    assertThat(given.fallBackReason()).isNull();
    assertThat(given.document().sentences()).hasSize(1);
    return given.document().sentences().get(0);
  }

  private static final String PERU_PROTESTED =
      "Peru/NNP/LOCATION protested/VBD/O to/TO/O Chile/NNP/LOCATION over/IN/O fishing/NN/O";

  private static boolean has(List<Dependency> deps, String rel, int governor, int dependent) {
    return deps.contains(new Dependency(governor, dependent, rel));
  }

  @Test
  void theTreeGivesTheTagsAndDependenciesAndOurNerAndOffsetsStay() {
    ParsedDocument doc =
        document("Norway/NNP/LOCATION criticized/VBN/O Chile/NNP/LOCATION ./././O");
    GivenParse given =
        parses.apply(
            doc, "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Chile))) (. .)))");

    assertThat(given.wasUsed()).isTrue();
    ParsedSentence s = given.document().sentences().get(0);
    assertThat(s.tokens()).extracting(Token::pos).containsExactly("NNP", "VBD", "NNP", ".");
    assertThat(s.tokens().get(1).lemma()).isEqualTo("criticize");
    assertThat(s.tokens().get(2).ner()).isEqualTo("LOCATION");
    assertThat(s.tokens().get(2).begin()).isEqualTo(18);
    assertThat(s.basic()).contains(new Dependency(-1, 1, "root"));
    assertThat(has(s.basic(), "nsubj", 1, 0)).isTrue();
    assertThat(has(s.basic(), "obj", 1, 2)).isTrue();
    assertThat(has(s.basic(), "punct", 1, 3)).isTrue();
    assertThat(s.times()).hasSize(1);
  }

  @Test
  void theEnhancedGraphNamesThePrepositionAsOurParserDoes() {
    ParsedSentence s =
        onTree(
            document(PERU_PROTESTED),
            "( (S (NP (NNP Peru)) (VP (VBD protested) (PP (TO to) (NP (NNP Chile)))"
                + " (PP (IN over) (NP (NN fishing))))))");

    assertThat(has(s.enhanced(), "obl:to", 1, 3)).isTrue();
    assertThat(has(s.enhanced(), "obl:over", 1, 5)).isTrue();
  }

  @Test
  void aTreeThatAttachesThePhraseElsewhereGivesThatAttachment() {
    ParsedSentence s =
        onTree(
            document(PERU_PROTESTED),
            "(ROOT (S (NP (NNP Peru)) (VP (VBD protested) (PP (TO to) (NP (NP (NNP Chile))"
                + " (PP (IN over) (NP (NN fishing))))))))");

    assertThat(has(s.basic(), "nmod", 3, 5)).isTrue();
    assertThat(has(s.basic(), "obl", 1, 5)).isFalse();
  }

  @Test
  void aLeafThatIsNotTheTokenMakesItFallBackNamingBoth() {
    ParsedDocument doc = document("Chile/NNP/LOCATION did/VBD/O not/RB/O protest/VB/O ./././O");
    GivenParse given =
        parses.apply(
            doc, "(ROOT (S (NP (NNP Chile)) (VP (VBD did) (RB n't) (VP (VB protest))) (. .)))");

    assertThat(given.wasUsed()).isFalse();
    assertThat(given.document()).isNull();
    assertThat(given.fallBackReason()).isEqualTo("leaf 3 'n't' vs token 'not'");
  }

  @Test
  void aTreeWithFewerLeavesThanTokensFallsBackCountingBoth() {
    ParsedDocument doc = document("Chile/NNP/LOCATION protested/VBD/O loudly/RB/O");
    GivenParse given = parses.apply(doc, "(ROOT (S (NP (NNP Chile)) (VP (VBD protested))))");

    assertThat(given.fallBackReason()).isEqualTo("the tree has 2 leaves, the text 3 tokens");
  }

  @Test
  void aTreeWithoutTheFinalFullStopGetsItAsPunctuationOfItsClause() {
    ParsedSentence s =
        onTree(
            document("Chile/NNP/LOCATION protested/VBD/O ./././O"),
            "( (S (NP (NNP Chile)) (VP (VBD protested))))");

    assertThat(s.tokens()).extracting(Token::pos).containsExactly("NNP", "VBD", ".");
    assertThat(has(s.basic(), "punct", 1, 2)).isTrue();
  }

  @Test
  void aTagOutsideThePennTagsetGivesWayToOurTaggersTag() {
    ParsedDocument doc = document("Chile/NNP/LOCATION has/VBZ/O protested/VBN/O ./././O");
    GivenParse given =
        parses.apply(doc, "( (S (NP (NNP Chile)) (VP (AUXZ has) (VP (VBN protested))) (. .)))");

    ParsedSentence s = given.document().sentences().get(0);
    assertThat(s.tokens()).extracting(Token::pos).containsExactly("NNP", "VBZ", "VBN", ".");
    assertThat(has(s.basic(), "aux", 2, 1)).isTrue();
    assertThat(has(s.basic(), "nsubj", 2, 0)).isTrue();
  }

  @Test
  void leavesTheTreebankReCasedStillAlignWithTheTokens() {
    ParsedDocument doc = document("Chile/NNP/LOCATION protested/VBD/O");
    GivenParse given = parses.apply(doc, "(ROOT (S (NP (NNP CHILE)) (VP (VBD protested))))");

    assertThat(given.wasUsed()).isTrue();
    assertThat(given.document().sentences().get(0).tokens().get(0).word()).isEqualTo("Chile");
  }

  @Test
  void treebankEscapesAndQuoteFormsAlignWithTheTokens() {
    ParsedDocument doc =
        document(
            "Chile/NNP/LOCATION (/-LRB-/O Santiago/NNP/LOCATION )/-RRB-/O said/VBD/O"
                + " \"/``/O no/UH/O \"/''/O");
    GivenParse given =
        parses.apply(
            doc,
            "(ROOT (S (NP (NP (NNP Chile)) (PRN (-LRB- -LRB-) (NP (NNP Santiago)) (-RRB- -RRB-)))"
                + " (VP (VBD said) (`` ``) (INTJ (UH no)) ('' ''))))");

    assertThat(given.wasUsed()).isTrue();
    assertThat(given.document().sentences().get(0).tokens().get(5).word()).isEqualTo("\"");
  }

  @Test
  void aTextSplitIntoTwoSentencesIsJoinedUnderTheOneTree() {
    ParsedSentence s =
        onTree(
            document(
                "Chile/NNP/LOCATION protested/VBD/O ./././O", "Peru/NNP/LOCATION agreed/VBD/O"),
            "(ROOT (S (S (NP (NNP Chile)) (VP (VBD protested))) (: .)"
                + " (S (NP (NNP Peru)) (VP (VBD agreed)))))");

    assertThat(s.tokens()).extracting(Token::index).containsExactly(0, 1, 2, 3, 4);
    assertThat(s.text()).isEqualTo("Chile protested . Peru agreed");
    assertThat(s.times()).extracting(TimeExpression::startToken).containsExactly(0, 3);
    assertThat(has(s.basic(), "nsubj", 4, 3)).isTrue();
  }

  @Test
  void aTextSplitIntoTwoSentencesThatTheTreeDoesNotCoverSaysSo() {
    ParsedDocument doc =
        document("Chile/NNP/LOCATION protested/VBD/O", "Peru/NNP/LOCATION agreed/VBD/O");
    GivenParse given = parses.apply(doc, "(ROOT (S (NP (NNP Chile)) (VP (VBD protested))))");

    assertThat(given.fallBackReason())
        .isEqualTo("the tree has 2 leaves, the text 4 tokens (text split into 2 sentences)");
  }

  @Test
  void anUnreadableTreeFallsBack() {
    GivenParse given = parses.apply(document("Chile/NNP/LOCATION"), "not a tree at all");

    assertThat(given.fallBackReason()).isEqualTo("the tree cannot be read");
  }

  @Test
  void theAnalyzerSwapsInTheGivenParseOnlyForTextsItHasATreeForAndSaysWhatItDid() {
    Map<String, ParsedDocument> canned =
        Map.of(
            "Norway criticized Chile",
            document("Norway/NNP/LOCATION criticized/VBN/O Chile/NNP/LOCATION"),
            "Chile did not protest",
            document("Chile/NNP/LOCATION did/VBD/O not/RB/O protest/VB/O"),
            "Peru agreed",
            document("Peru/NNP/LOCATION agreed/VBD/O"));
    AtomicInteger calls = new AtomicInteger();
    TextAnalyzer ours =
        (text, date) -> {
          calls.incrementAndGet();
          return canned.get(text);
        };
    ParseUses uses = new ParseUses();
    GivenParseAnalyzer analyzer =
        new GivenParseAnalyzer(
            ours,
            Map.of(
                "Norway criticized Chile",
                "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Chile)))))",
                "Chile did not protest",
                "(ROOT (S (NP (NNP Chile)) (VP (VBD did) (RB n't) (VP (VB protest)))))"),
            parses,
            uses);

    ParsedDocument used = analyzer.analyze("Norway criticized Chile", null);
    ParsedDocument fellBack = analyzer.analyze("Chile did not protest", null);
    ParsedDocument untouched = analyzer.analyze("Peru agreed", null);

    assertThat(used.sentences().get(0).tokens().get(1).pos()).isEqualTo("VBD");
    assertThat(fellBack).isSameAs(canned.get("Chile did not protest"));
    assertThat(untouched).isSameAs(canned.get("Peru agreed"));
    assertThat(calls).hasValue(3);
    assertThat(uses.of("Norway criticized Chile")).contains(new ParseUses.ParseUse(true, null));
    assertThat(uses.of("Chile did not protest"))
        .contains(new ParseUses.ParseUse(false, "leaf 3 'n't' vs token 'not'"));
    assertThat(uses.of("Peru agreed")).isEmpty();
  }
}
