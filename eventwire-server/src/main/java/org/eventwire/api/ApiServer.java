package org.eventwire.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.eventwire.model.Json;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.store.EventStore;
import org.eventwire.web.WebUi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api}, its OpenAPI description, and the web UI. Errors
 * are JSON bodies with a message; stack traces go to the log only.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String OPENAPI = "org/eventwire/api/openapi.json";

  /** Answers kept by the response cache (a page of 50 events is about 60 KB of JSON). */
  private static final int CACHED_ANSWERS = 2000;

  private final ServerConfig config;
  private final EventStore store;
  private final KnowledgeBase kb;
  private final Supplier<EventPipeline> pipelines;
  private Javalin app;

  /**
   * @param config how to run
   * @param store the open store (the caller closes it)
   * @param kb the actor knowledge base that {@code /api/actors} searches
   * @param pipelines makes the coding pipeline on the first upload
   */
  public ApiServer(
      ServerConfig config, EventStore store, KnowledgeBase kb, Supplier<EventPipeline> pipelines) {
    this.config = config;
    this.store = store;
    this.kb = kb;
    this.pipelines = pipelines;
  }

  /** Starts listening; returns the port (useful with port 0). */
  public int start() {
    ObjectMapper mapper = Json.newMapper();
    BearerToken token = new BearerToken(config.token());
    ResponseCache cache = new ResponseCache(CACHED_ANSWERS);
    ReadRoutes reads =
        new ReadRoutes(
            store, mapper, cache, new ActorDirectory(kb), config.maxPageSize(), token.enabled());
    WriteRoutes writes = new WriteRoutes(store, mapper, token, pipelines, cache::clear);
    byte[] openApi = resource(OPENAPI);
    app =
        Javalin.create(
            c -> {
              settings(c, mapper);
              reads.register(c.routes);
              writes.register(c.routes);
              c.routes.get(
                  "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
              c.routes.get(
                  "/api/*",
                  ctx -> {
                    throw new ApiException(404, "no such endpoint: " + ctx.path(), null);
                  });
              errors(c);
            });
    app.start(config.host(), config.port());
    LOG.info("eventwire serving {} on http://{}:{}/", config.db(), config.host(), app.port());
    return app.port();
  }

  private void settings(JavalinConfig c, ObjectMapper mapper) {
    c.jsonMapper(new JavalinJackson(mapper, false));
    c.http.maxRequestSize = config.maxBodyBytes();
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    new WebUi().register(c);
    if (config.corsOrigin() != null) {
      c.bundledPlugins.enableCors(
          cors -> cors.addRule(rule -> rule.allowHost(config.corsOrigin())));
    }
  }

  private static void errors(JavalinConfig c) {
    c.routes.exception(
        ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
    c.routes.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
    c.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error; the server log has the details", null);
        });
  }

  private static void error(Context ctx, int status, String message, String parameter) {
    HttpStatus s = HttpStatus.forStatus(status);
    ctx.status(status).json(new ApiError(status, s.getMessage(), message, parameter));
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }
}
