package org.eventwire.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eventwire.store.ArticleMeta;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoredEvent;

/** A stored article's text with its events and where in the text each event's words are. */
public final class ArticleSpans {

  /**
   * An article as the reader shows it.
   *
   * @param article what the store knows of it
   * @param text its full text (every span points into it)
   * @param events the events coded from it, in text order
   * @param spans the marked stretches, by start then length (longest first)
   */
  public record View(
      ArticleMeta article, String text, List<StoredEvent> events, List<TextSpans.Span> spans) {}

  /** The article row: what the store knows of it and its text. */
  private record Stored(ArticleMeta meta, String text) {}

  private final EventStore store;
  private final EventLookup events;

  public ArticleSpans(EventStore store) {
    this.store = store;
    this.events = new EventLookup(store);
  }

  /** The article with this id, with its events and their spans. */
  public Optional<View> view(String articleId) {
    List<Stored> rows =
        store.read(
            "SELECT id, source, url, title, published, first_seen, text FROM articles WHERE id = ?",
            List.of(articleId),
            r ->
                new Stored(
                    new ArticleMeta(
                        r.getString("id"),
                        r.getString("source"),
                        r.getString("url"),
                        r.getString("title"),
                        r.getObject("published", LocalDate.class),
                        r.getTimestamp("first_seen").toLocalDateTime()),
                    r.getString("text")));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String text = rows.get(0).text();
    List<StoredEvent> coded = events.ofArticle(articleId);
    List<TextSpans.Span> spans = new ArrayList<>();
    for (StoredEvent e : coded) {
      spans.addAll(TextSpans.of(text, e.event()));
    }
    spans.sort(
        Comparator.comparingInt(TextSpans.Span::start)
            .thenComparing(Comparator.comparingInt(TextSpans.Span::end).reversed()));
    return Optional.of(new View(rows.get(0).meta(), text, coded, spans));
  }
}
