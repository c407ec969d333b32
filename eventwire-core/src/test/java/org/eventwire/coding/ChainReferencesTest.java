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

  /** A sentence of {@link #TEXT} from its words, each given as word/lemma/tag/ner. */
  private static ParsedSentence sentence(int index, int begin, String... words) {
    List<Token> tokens = new java.util.ArrayList<>();
    int at = begin;
    for (String w : words) {
      String[] f = w.split("/");
      at = TEXT.indexOf(f[0], at);
      tokens.add(new Token(tokens.size(), f[0], f[1], f[2], f[3], at, at + f[0].length()));
      at += f[0].length();
    }
    return new ParsedSentence(
        index, begin, at, TEXT.substring(begin, at), tokens, List.of(), List.of(), List.of());
  }

  private static final ParsedSentence FIRST =
      sentence(0, 0, "Japan/Japan/NNP/COUNTRY", "protested/protest/VBD/O", "./././O");
  private static final ParsedSentence SECOND =
      sentence(
          1,
          17,
          "It/it/PRP/O",
          "summoned/summon/VBD/O",
          "the/the/DT/O",
          "envoy/envoy/NN/O",
          "./././O");

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
