package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.CorefChain;
import org.eventwire.nlp.CorefMention;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.DictionaryActorResolver;
import org.junit.jupiter.api.Test;

/** Coreference chains, as CoreNLP would give them, resolve a mention to its earlier mention. */
class ChainReferencesTest {
  private static final String TEXT = "Japan protested. It summoned the envoy.";
  private static final ParsedSentence FIRST =
      new ParsedSentence(
          0,
          0,
          16,
          "Japan protested.",
          List.of(
              new Token(0, "Japan", "Japan", "NNP", "COUNTRY", 0, 5),
              new Token(1, "protested", "protest", "VBD", "O", 6, 15),
              new Token(2, ".", ".", ".", "O", 15, 16)),
          List.of(),
          List.of(),
          List.of());
  private static final ParsedSentence SECOND =
      new ParsedSentence(
          1,
          17,
          39,
          "It summoned the envoy.",
          List.of(
              new Token(0, "It", "it", "PRP", "O", 17, 19),
              new Token(1, "summoned", "summon", "VBD", "O", 20, 28),
              new Token(2, "the", "the", "DT", "O", 29, 32),
              new Token(3, "envoy", "envoy", "NN", "O", 33, 38),
              new Token(4, ".", ".", ".", "O", 38, 39)),
          List.of(),
          List.of(),
          List.of());

  private static ChainReferences with(CorefChain... chains) {
    ParsedDocument doc =
        new ParsedDocument(TEXT, LocalDate.of(2025, 3, 1), List.of(FIRST, SECOND), List.of(chains));
    return new ChainReferences(
        doc,
        DictionaryActorResolver.withDefaultKnowledgeBase(),
        LocalDate.of(2025, 3, 1),
        new ArticleContext());
  }

  @Test
  void aPronounTakesTheActorOfTheEarlierMentionInItsChain() {
    ChainReferences refs =
        with(
            new CorefChain(
                List.of(
                    new CorefMention(0, 0, 1, 0, "Japan"), new CorefMention(1, 0, 1, 0, "It"))));
    assertThat(refs.resolve(1, 0)).extracting(ActorRef::code).containsExactly("JPN");
  }

  @Test
  void aMentionOutsideEveryChainGetsNothing() {
    ChainReferences refs =
        with(
            new CorefChain(
                List.of(
                    new CorefMention(0, 0, 1, 0, "Japan"), new CorefMention(1, 0, 1, 0, "It"))));
    assertThat(refs.resolve(1, 3)).isEmpty();
  }

  @Test
  void aChainWhoseEarlierMentionsCannotBePlacedGivesNothing() {
    ChainReferences refs =
        with(
            new CorefChain(
                List.of(
                    new CorefMention(1, 2, 4, 3, "the envoy"),
                    new CorefMention(1, 0, 1, 0, "It"))));
    assertThat(refs.resolve(1, 0)).isEmpty();
  }

  @Test
  void withoutCoreferenceTheDocumentHasNoChains() {
    ParsedDocument doc = new ParsedDocument(TEXT, null, List.of(FIRST, SECOND));
    assertThat(doc.chains()).isEmpty();
  }
}
