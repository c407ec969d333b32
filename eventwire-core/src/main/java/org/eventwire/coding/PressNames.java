package org.eventwire.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.Phrase;
import org.eventwire.resolve.actors.Resolution;

/**
 * Short names the press gives to one of two states ("Congo": the DRC in agency style), read against
 * the article: when it has named the other state and not the usual one, the short name means the
 * other (coding/press-names.tsv).
 */
final class PressNames {
  static final String RESOURCE = "eventwire/coding/press-names.tsv";

  /** One short name: the state the knowledge base gives it, and the other it may mean. */
  record Row(String word, String usual, String other, String otherName, Set<String> markers) {}

  private final List<Row> rows;

  PressNames(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static PressNames loadDefault() {
    List<Row> rows = new ArrayList<>();
    for (String line : PredicateFinder.loadWordList(RESOURCE)) {
      String[] c = line.split("\t");
      if (c.length != 5) {
        throw new IllegalStateException(RESOURCE + ": expected 5 columns in '" + line + "'");
      }
      rows.add(new Row(c[0], c[1], c[2], c[3], Set.of(c[4].split("\\|"))));
    }
    return new PressNames(rows);
  }

  /** The resolver, reading short names against what the article has named so far. */
  ActorResolver within(ActorResolver base, ArticleContext context) {
    return new ActorResolver() {
      @Override
      public List<ActorRef> resolve(Phrase phrase, LocalDate date) {
        return resolveExplained(phrase, date).stream().map(Resolution::ref).toList();
      }

      @Override
      public List<Resolution> resolveExplained(Phrase phrase, LocalDate date) {
        List<Resolution> found = base.resolveExplained(phrase, date);
        Row row = shortName(phrase);
        if (row == null || !meansOther(row, context.countryCodes())) {
          return found;
        }
        return found.stream().map(r -> other(r, row)).toList();
      }
    };
  }

  /**
   * The row of the short name the phrase uses, unless the phrase names the usual state outright.
   */
  private Row shortName(Phrase phrase) {
    List<String> words = phrase.tokens().stream().map(Token::word).toList();
    for (Row row : rows) {
      if (words.contains(row.word()) && words.stream().noneMatch(row.markers()::contains)) {
        return row;
      }
    }
    return null;
  }

  static boolean meansOther(Row row, Set<String> named) {
    return named.contains(row.other()) && !named.contains(row.usual());
  }

  private static Resolution other(Resolution r, Row row) {
    ActorRef a = r.ref();
    if (!row.usual().equals(a.country())) {
      return r;
    }
    String code =
        a.code() != null && a.code().startsWith(row.usual())
            ? row.other() + a.code().substring(row.usual().length())
            : a.code();
    ActorRef swapped =
        new ActorRef(a.text(), row.otherName(), row.other(), a.igo(), a.sector(), code);
    return new Resolution(swapped, r.entrySource() + " + " + RESOURCE, r.rule() + "+press-name");
  }
}
