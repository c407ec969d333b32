package org.eventwire.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.Phrase;
import org.eventwire.resolve.actors.Resolution;

/**
 * Scans a sentence for runs of name tokens and notes in the article context the countries, bodies
 * and persons they name, in order, for later references ("the country", a surname seen before).
 */
final class NameRuns {
  private static final Set<String> NAME_NER =
      Set.of("LOCATION", "ORGANIZATION", "MISC", "PERSON", "COUNTRY", "NATIONALITY", "CITY");

  private final ActorResolver resolver;
  private final String text;
  private final LocalDate date;
  private final ArticleContext context;

  NameRuns(ActorResolver resolver, String text, LocalDate date, ArticleContext context) {
    this.resolver = resolver;
    this.text = text;
    this.date = date;
    this.context = context;
  }

  /**
   * The named-entity tag that makes a token part of a name run, or "CAPITALISED" for a capitalised
   * adjective or proper noun NER left untagged ("Iranian", "Islamist"), or null.
   */
  private static String nameKind(Token t) {
    if (NAME_NER.contains(t.ner())) {
      return t.ner();
    }
    boolean capitalised = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    return "O".equals(t.ner()) && capitalised && (t.isProperNoun() || t.pos().equals("JJ"))
        ? "CAPITALISED"
        : null;
  }

  /** Notes the countries a sentence names, in order, for later references ("the country"). */
  void scan(DependencyGraph g) {
    context.startSentence();
    int i = 0;
    while (i < g.size()) {
      String kind = nameKind(g.token(i));
      if (kind == null) {
        i++;
        continue;
      }
      int j = i;
      while (j < g.size() && kind.equals(nameKind(g.token(j)))) {
        j++;
      }
      note(new ArrayList<>(g.sentence().tokens().subList(i, j)));
      i = j;
    }
  }

  /** Notes what one run of name tokens resolves to. */
  private void note(List<Token> run) {
    String s = text.substring(run.get(0).begin(), run.get(run.size() - 1).end());
    List<Resolution> found = resolver.resolveExplained(new Phrase(s, run, run.size() - 1), date);
    for (Resolution r : found) {
      context.noteCountryAt(r.ref(), run.get(0).index());
      if (r.ref().igo() != null || r.rule().startsWith("person")) {
        context.notePlaced(r.ref(), s, r.rule());
      }
    }
    if (found.size() == 1 && found.get(0).rule().startsWith("person")) {
      run.forEach(t -> context.notePerson(t.word(), found.get(0).ref()));
    }
  }
}
