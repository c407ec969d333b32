package org.eventwire.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.query.ActorNetwork;
import org.eventwire.query.ArticleSpans;
import org.eventwire.query.ContractJson;
import org.eventwire.query.DyadTimeline;
import org.eventwire.query.EventLookup;
import org.eventwire.query.EventQuery;
import org.eventwire.query.EventSearch;
import org.eventwire.query.SanctionsWatch;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoredEvent;
import org.eventwire.store.TableCounts;

/** The read-only endpoints: each parses its parameters, runs one store query and answers JSON. */
final class ReadRoutes {
  /** Deeper pages cost a scan each; past this, narrow the filters instead. */
  static final int MAX_OFFSET = 100_000;

  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_EDGES = 200;
  private static final int MAX_ACTORS = 50;

  private final EventStore store;
  private final EventSearch search;
  private final ContractJson json;
  private final ActorDirectory actors;
  private final int maxPage;
  private final boolean writes;

  ReadRoutes(
      EventStore store, ContractJson json, ActorDirectory actors, int maxPage, boolean writes) {
    this.store = store;
    this.search = new EventSearch(store);
    this.json = json;
    this.actors = actors;
    this.maxPage = maxPage;
    this.writes = writes;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/events", this::events);
    routes.get("/api/events/{id}", this::event);
    routes.get("/api/clusters/{id}", this::cluster);
    routes.get("/api/dyads/{a}/{b}/timeline", this::timeline);
    routes.get("/api/network", this::network);
    routes.get("/api/actors", this::actors);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/sanctions", this::sanctions);
  }

  private void health(Context ctx) {
    TableCounts c = store.counts();
    ctx.json(new Responses.Health("ok", store.schemaVersion(), c.articles(), c.events(), writes));
  }

  private void events(Context ctx) {
    Params p = new Params(ctx);
    int limit = p.integer("limit", DEFAULT_PAGE, 1, maxPage);
    int offset = p.integer("offset", 0, 0, MAX_OFFSET);
    EventQuery.Sort sort = p.choice("sort", EventQuery.Sort.class);
    EventQuery q =
        new EventQuery(
            p.text("actor"),
            p.text("recipient"),
            p.choice("type", PloverType.class),
            p.date("from"),
            p.date("to"),
            p.choice("modality", Modality.class),
            p.flag("sanctions"),
            p.text("cluster"),
            p.text("text"),
            limit + 1,
            offset,
            sort == null ? EventQuery.Sort.DATE_DESC : sort);
    ctx.json(page(search.find(q), limit, offset));
  }

  private Responses.EventPage page(List<StoredEvent> found, int limit, int offset) {
    boolean more = found.size() > limit;
    List<ObjectNode> events = trees(more ? found.subList(0, limit) : found);
    return new Responses.EventPage(events, limit, offset, more);
  }

  private List<ObjectNode> trees(List<StoredEvent> events) {
    return events.stream().map(json::tree).toList();
  }

  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    StoredEvent e =
        new EventLookup(store).byId(id).orElseThrow(() -> ApiException.notFound("event", id));
    ctx.json(new Responses.EventDetail(json.tree(e), e.cluster(), e.article()));
  }

  private void cluster(Context ctx) {
    String id = ctx.pathParam("id");
    List<StoredEvent> found =
        search.find(
            EventQuery.all()
                .withCluster(id)
                .withSort(EventQuery.Sort.DATE)
                .withPage(maxPage + 1, 0));
    if (found.isEmpty()) {
      throw ApiException.notFound("cluster", id);
    }
    boolean truncated = found.size() > maxPage;
    List<StoredEvent> shown = truncated ? found.subList(0, maxPage) : found;
    ctx.json(new Responses.ClusterDetail(found.get(0).cluster(), trees(shown), truncated));
  }

  private void timeline(Context ctx) {
    Params p = new Params(ctx);
    String a = actor(ctx, "a");
    String b = actor(ctx, "b");
    DyadTimeline.Interval interval = p.choice("interval", DyadTimeline.Interval.class);
    DyadTimeline.Interval i = interval == null ? DyadTimeline.Interval.MONTH : interval;
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    List<DyadTimeline.Point> points = new DyadTimeline(store).between(a, b, i, from, to);
    ctx.json(
        new Responses.Timeline(
            a, b, i.name().toLowerCase(java.util.Locale.ROOT), from, to, points));
  }

  private static String actor(Context ctx, String name) {
    String v = ctx.pathParam(name).strip();
    if (v.isEmpty() || v.length() > 100) {
      throw ApiException.badParameter(
          name, "an actor code, country, body or name of 1..100 characters");
    }
    return v;
  }

  private void network(Context ctx) {
    Params p = new Params(ctx);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    int limit = p.integer("limit", 60, 1, MAX_EDGES);
    ctx.json(new Responses.Network(from, to, new ActorNetwork(store).edges(from, to, limit)));
  }

  private void actors(Context ctx) {
    Params p = new Params(ctx);
    String q = p.text("q");
    if (q == null) {
      throw ApiException.badParameter("q", "required: some letters of a name or code");
    }
    int limit = p.integer("limit", 20, 1, MAX_ACTORS);
    ctx.json(new Responses.Actors(q, actors.search(q, limit)));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    ArticleSpans.View v =
        new ArticleSpans(store).view(id).orElseThrow(() -> ApiException.notFound("article", id));
    ctx.json(new Responses.ArticleView(v.article(), v.text(), trees(v.events()), v.spans()));
  }

  private void sanctions(Context ctx) {
    Params p = new Params(ctx);
    int limit = p.integer("limit", DEFAULT_PAGE, 1, maxPage);
    int offset = p.integer("offset", 0, 0, MAX_OFFSET);
    List<StoredEvent> found =
        new SanctionsWatch(search).page(p.date("from"), p.date("to"), limit + 1, offset);
    ctx.json(page(found, limit, offset));
  }
}
