package org.eventwire.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.query.ActorNetwork;
import org.eventwire.query.DyadTimeline;
import org.eventwire.query.TextSpans;
import org.eventwire.store.ArticleMeta;
import org.eventwire.store.Cluster;

/** The bodies of the API's answers (snake_case JSON; events as contract records). */
final class Responses {
  private Responses() {}

  /** {@code GET /api/health}. */
  record Health(String status, int schemaVersion, long articles, long events, boolean writes) {}

  /** A page of events; {@code has_more} tells whether a next page has anything. */
  record EventPage(List<ObjectNode> events, int limit, int offset, boolean hasMore) {}

  /** One event with its cluster and article. */
  record EventDetail(ObjectNode event, Cluster cluster, ArticleMeta article) {}

  /** A cluster and (up to the page cap of) its events. */
  record ClusterDetail(Cluster cluster, List<ObjectNode> events, boolean truncated) {}

  /** {@code GET /api/dyads/{a}/{b}/timeline}. */
  record Timeline(
      String a,
      String b,
      String interval,
      LocalDate from,
      LocalDate to,
      List<DyadTimeline.Point> points) {}

  /** {@code GET /api/network}. */
  record Network(LocalDate from, LocalDate to, List<ActorNetwork.Edge> edges) {}

  /** {@code GET /api/actors}. */
  record Actors(String q, List<ActorDirectory.ActorHit> actors) {}

  /** {@code GET /api/articles/{id}}. */
  record ArticleView(
      ArticleMeta article, String text, List<ObjectNode> events, List<TextSpans.Span> spans) {}

  /**
   * {@code POST /api/articles}.
   *
   * @param articleId the stored article's id
   * @param status {@code stored} (new text, coded) or {@code duplicate} (this text was stored)
   * @param events the ids of its events
   */
  record Upload(String articleId, String status, List<String> events) {}
}
