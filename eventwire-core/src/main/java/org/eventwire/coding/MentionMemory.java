package org.eventwire.coding;

import java.util.List;
import java.util.Optional;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.Phrase;
import org.eventwire.resolve.actors.Resolution;

/**
 * Remembers in the article context what a phrase the knowledge base resolved named (its countries,
 * its placed actors, the surnames of a person), and finds a person remembered by surname.
 */
final class MentionMemory {
  private final ArticleContext context;

  MentionMemory(ArticleContext context) {
    this.context = context;
  }

  /** The person a PERSON token of the phrase named earlier in the article ("Lavrov"), if any. */
  Optional<ActorRef> rememberedPerson(Phrase p) {
    for (Token t : p.tokens()) {
      if (t.ner().equals("PERSON")) {
        var r = context.person(t.word());
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  /** Notes what the phrase resolved to, and a single coded actor under each of its surnames. */
  void remember(Phrase p, List<Resolution> found) {
    List<ActorRef> refs = found.stream().map(Resolution::ref).toList();
    boolean named = p.tokens().stream().anyMatch(t -> t.ner().equals("PERSON"));
    for (Resolution r : found) {
      context.noteCountry(r.ref());
      context.notePlaced(
          r.ref(), p.text(), named && found.size() == 1 ? "person: " + r.rule() : r.rule());
    }
    if (refs.size() != 1 || refs.get(0).code() == null) {
      return;
    }
    for (Token t : p.tokens()) {
      if (t.ner().equals("PERSON")) {
        context.notePerson(t.word(), refs.get(0));
      }
    }
  }
}
