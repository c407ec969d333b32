package org.eventwire.coding;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.CorefChain;
import org.eventwire.nlp.CorefMention;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.Phrase;

/**
 * References resolved through CoreNLP's coreference chains (when the analyzer ran coreference): a
 * pronoun or description takes the actor of the nearest earlier mention of its chain that the
 * knowledge base, or a surname placed earlier in the article, can place.
 */
final class ChainReferences {
  private final ParsedDocument doc;
  private final ActorResolver resolver;
  private final LocalDate date;
  private final ArticleContext context;

  ChainReferences(
      ParsedDocument doc, ActorResolver resolver, LocalDate date, ArticleContext context) {
    this.doc = doc;
    this.resolver = resolver;
    this.date = date;
    this.context = context;
  }

  /**
   * The actors of the nearest placeable earlier mention in the chain of the mention headed by token
   * {@code head} of sentence {@code sentence}; empty when there is none.
   */
  List<ActorRef> resolve(int sentence, int head) {
    for (CorefChain chain : doc.chains()) {
      List<CorefMention> ms = chain.mentions();
      for (int i = 0; i < ms.size(); i++) {
        if (isAt(ms.get(i), sentence, head)) {
          return nearestPlaced(ms.subList(0, i));
        }
      }
    }
    return List.of();
  }

  private static boolean isAt(CorefMention m, int sentence, int head) {
    return m.sentence() == sentence
        && (m.head() == head || (m.start() == head && m.end() == head + 1));
  }

  private List<ActorRef> nearestPlaced(List<CorefMention> earlier) {
    for (int j = earlier.size() - 1; j >= 0; j--) {
      List<ActorRef> refs = place(earlier.get(j));
      if (!refs.isEmpty()) {
        return refs;
      }
    }
    return List.of();
  }

  /** The mention's actors when all have a country or body, else empty. */
  private List<ActorRef> place(CorefMention m) {
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens().subList(m.start(), m.end());
    if (tokens.stream().allMatch(Token::isPronoun)) {
      return List.of();
    }
    String text = doc.text().substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    List<ActorRef> refs = resolver.resolve(new Phrase(text, tokens, m.head() - m.start()), date);
    if (!refs.isEmpty() && refs.stream().allMatch(ChainReferences::placed)) {
      return refs;
    }
    for (Token t : tokens) {
      if (t.ner().equals("PERSON") && context.person(t.word()).isPresent()) {
        return List.of(context.person(t.word()).get());
      }
    }
    return List.of();
  }

  private static boolean placed(ActorRef r) {
    return r.code() != null && !r.code().startsWith("---");
  }
}
