package org.eventwire.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
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
  private final ObjectMapper mapper;
  private final ResponseCache cache;
  private final ActorDirectory actors;
  private final int maxPage;
  private final boolean writes;

  ReadRoutes(
      EventStore store,
      ObjectMapper mapper,
      ResponseCache cache,
      ActorDirectory actors,
      int maxPage,
      boolean writes) {
    this.store = store;
    this.search = new EventSearch(store);
    this.json = new ContractJson(mapper);
    this.mapper = mapper;
    this.cache = cache;
    this.actors = actors;
    this.maxPage = maxPage;
    this.writes = writes;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/events", cached(this::events));
    routes.get("/api/events/{id}", cached(this::event));
    routes.get("/api/clusters/{id}", cached(this::cluster));
    routes.get("/api/dyads/{a}/{b}/timeline", cached(this::timeline));
    routes.get("/api/network", cached(this::network));
    routes.get("/api/actors", cached(this::actors));
    routes.get("/api/articles/{id}", cached(this::article));
    routes.get("/api/sanctions", cached(this::sanctions));
  }

  /** A handler whose answer, as JSON bytes, is kept in the cache under its path and query. */
  private Handler cached(Function<Context, Object> answer) {
    return ctx -> {
      String query = ctx.queryString();
      String key = ctx.path() + (query == null ? "" : "?" + query);
      byte[] body = cache.get(key, () -> json(answer.apply(ctx)));
      ctx.contentType("application/json").result(body);
    };
  }

  private byte[] json(Object answer) {
    try {
      return mapper.writeValueAsBytes(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an answer as JSON", e);
    }
  }

  private void health(Context ctx) {
    TableCounts c = store.counts();
    ctx.json(new Responses.Health("ok", store.schemaVersion(), c.articles(), c.events(), writes));
  }

  private Object events(Context ctx) {
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
    return page(search.find(q), limit, offset);
  }

  private Responses.EventPage page(List<StoredEvent> found, int limit, int offset) {
    boolean more = found.size() > limit;
    List<ObjectNode> events = trees(more ? found.subList(0, limit) : found);
    return new Responses.EventPage(events, limit, offset, more);
  }

  private List<ObjectNode> trees(List<StoredEvent> events) {
    return events.stream().map(json::tree).toList();
  }

  private Object event(Context ctx) {
    String id = ctx.pathParam("id");
    StoredEvent e =
        new EventLookup(store).byId(id).orElseThrow(() -> ApiException.notFound("event", id));
    return new Responses.EventDetail(json.tree(e), e.cluster(), e.article());
  }

  private Object cluster(Context ctx) {
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
    return new Responses.ClusterDetail(found.get(0).cluster(), trees(shown), truncated);
  }

  private Object timeline(Context ctx) {
    Params p = new Params(ctx);
    String a = actor(ctx, "a");
    String b = actor(ctx, "b");
    DyadTimeline.Interval interval = p.choice("interval", DyadTimeline.Interval.class);
    DyadTimeline.Interval i = interval == null ? DyadTimeline.Interval.MONTH : interval;
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    List<DyadTimeline.Point> points = new DyadTimeline(store).between(a, b, i, from, to);
    return new Responses.Timeline(
        a, b, i.name().toLowerCase(java.util.Locale.ROOT), from, to, points);
  }

  private static String actor(Context ctx, String name) {
    String v = ctx.pathParam(name).strip();
    if (v.isEmpty() || v.length() > 100) {
      throw ApiException.badParameter(
          name, "an actor code, country, body or name of 1..100 characters");
    }
    return v;
  }

  private Object network(Context ctx) {
    Params p = new Params(ctx);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    int limit = p.integer("limit", 60, 1, MAX_EDGES);
    return new Responses.Network(from, to, new ActorNetwork(store).edges(from, to, limit));
  }

  private Object actors(Context ctx) {
    Params p = new Params(ctx);
    String q = p.text("q");
    if (q == null) {
      throw ApiException.badParameter("q", "required: some letters of a name or code");
    }
    int limit = p.integer("limit", 20, 1, MAX_ACTORS);
    return new Responses.Actors(q, actors.search(q, limit));
  }

  private Object article(Context ctx) {
    String id = ctx.pathParam("id");
    ArticleSpans.View v =
        new ArticleSpans(store).view(id).orElseThrow(() -> ApiException.notFound("article", id));
    return new Responses.ArticleView(v.article(), v.text(), trees(v.events()), v.spans());
  }

  private Object sanctions(Context ctx) {
    Params p = new Params(ctx);
    int limit = p.integer("limit", DEFAULT_PAGE, 1, maxPage);
    int offset = p.integer("offset", 0, 0, MAX_OFFSET);
    List<StoredEvent> found =
        new SanctionsWatch(search).page(p.date("from"), p.date("to"), limit + 1, offset);
    return page(found, limit, offset);
  }
}
