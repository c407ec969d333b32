package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.Event;

/**
 * Writes an article's rows inside a transaction the {@link EventStore} holds: the article, its body
 * fingerprint, its first copy, its events with their clusters and actor references, and the
 * statistics of every cluster it touched.
 */
final class ArticleWriter {
  private final Connection connection;
  private final EventRows rows;
  private final Clusterer clusterer;

  ArticleWriter(Connection connection, EventRows rows, Clusterer clusterer) {
    this.connection = connection;
    this.rows = rows;
    this.clusterer = clusterer;
  }

  void write(Article article, ArticleHashes hashes, List<Event> events, long runId)
      throws SQLException {
    LocalDate published = article.published() == null ? null : article.published().date();
    execute(
        "INSERT INTO articles (id, source, url, title, published, published_source, text,"
            + " text_sha256, normalized_sha256, first_seen, run_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Arrays.asList(
            article.id(),
            article.source(),
            article.url(),
            article.title(),
            published,
            article.published() == null ? null : article.published().source().name(),
            article.text(),
            hashes.textSha256(),
            hashes.normalizedSha256(),
            EventRows.now(),
            runId));
    if (hashes.bodySha256() != null) {
      execute(
          "INSERT INTO article_bodies VALUES (?, ?)", List.of(article.id(), hashes.bodySha256()));
    }
    if (hashes.bodySignature() != null) {
      SignatureRows.insert(connection, article.id(), hashes.bodySignature());
    }
    insertCopy(
        article.id(),
        new ArticleCopy(article.id(), article.source(), article.url(), hashes.textSha256()),
        runId);
    insertEvents(events, published, article.source());
  }

  /** Adds one copy of a stored article and refreshes the counts of its clusters. */
  void addCopy(String articleId, ArticleCopy copy, long runId) throws SQLException {
    insertCopy(articleId, copy, runId);
    for (String cluster : clusterer.clustersOf(articleId)) {
      clusterer.addCopy(cluster, copy.source());
    }
  }

  private void insertEvents(List<Event> events, LocalDate published, String source)
      throws SQLException {
    Map<String, Event> byId = new LinkedHashMap<>();
    for (Event e : events) {
      byId.putIfAbsent(e.id(), e);
    }
    Set<String> taken = new HashSet<>();
    try (PreparedStatement pe = connection.prepareStatement(EventRows.INSERT);
        PreparedStatement pa = connection.prepareStatement(EventRows.INSERT_ACTOR)) {
      for (Event e : byId.values()) {
        Clusterer.Assignment a = clusterer.assign(e, published, taken);
        rows.bind(pe, e, a.clusterId());
        pe.executeUpdate();
        actors(pa, e.id(), "actor", e.actors());
        actors(pa, e.id(), "recipient", e.recipients());
        actors(pa, e.id(), "claimant", e.claimants());
        clusterer.record(a, e, published, source);
        taken.add(a.clusterId());
      }
    }
  }

  private static void actors(PreparedStatement p, String eventId, String role, List<ActorRef> refs)
      throws SQLException {
    for (int i = 0; i < refs.size(); i++) {
      EventRows.bindActor(p, eventId, role, i, refs.get(i));
      p.executeUpdate();
    }
  }

  private void insertCopy(String articleId, ArticleCopy copy, long runId) throws SQLException {
    execute(
        "INSERT INTO article_sources (article_id, input_id, source, url, text_sha256, first_seen,"
            + " run_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        Arrays.asList(
            articleId,
            copy.inputId(),
            copy.source(),
            copy.url(),
            copy.textSha256(),
            EventRows.now(),
            runId));
  }

  private void execute(String sql, List<?> params) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      p.executeUpdate();
    }
  }
}
