package org.eventwire.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.Phrase;

/**
 * A ship is coded by its flag state: "a Panama-flagged tanker" is Panama's, "a Marshall
 * Islands-flagged vessel" the Marshall Islands'. The words before "-flagged" are resolved as a
 * country name; the longest run of them that names a country wins.
 */
final class FlagStates {
  private static final String SUFFIX = "-flagged";

  private final ActorResolver resolver;

  FlagStates(ActorResolver resolver) {
    this.resolver = resolver;
  }

  /** The flag state named in the phrase, with the phrase's words, or empty. */
  List<ActorRef> of(Phrase p, LocalDate date) {
    List<Token> tokens = p.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.word();
      if (!w.toLowerCase(Locale.ROOT).endsWith(SUFFIX) || w.length() == SUFFIX.length()) {
        continue;
      }
      List<Token> name = new ArrayList<>();
      String last = w.substring(0, w.length() - SUFFIX.length());
      name.add(new Token(0, last, last, "NNP", "LOCATION", t.begin(), t.begin() + last.length()));
      for (int j = i - 1; j >= 0 && tokens.get(j).isProperNoun(); j--) {
        name.add(0, tokens.get(j));
      }
      for (int from = 0; from < name.size(); from++) {
        List<ActorRef> found = country(name.subList(from, name.size()), date);
        if (!found.isEmpty()) {
          return found.stream().map(r -> withText(r, p.text())).toList();
        }
      }
    }
    return List.of();
  }

  private List<ActorRef> country(List<Token> run, LocalDate date) {
    StringBuilder text = new StringBuilder();
    for (Token t : run) {
      text.append(text.isEmpty() ? "" : " ").append(t.word());
    }
    Phrase name = new Phrase(text.toString(), List.copyOf(run), run.size() - 1);
    List<ActorRef> found = resolver.resolve(name, date);
    return found.size() == 1 && found.get(0).country() != null && found.get(0).sector() == null
        ? found
        : List.of();
  }

  private static ActorRef withText(ActorRef r, String text) {
    return new ActorRef(text, r.name(), r.country(), r.igo(), r.sector(), r.code());
  }
}
