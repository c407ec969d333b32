package org.eventwire.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.model.Article;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.query.EventLookup;
import org.eventwire.store.ArticleHashes;
import org.eventwire.store.EventStore;
import org.eventwire.store.IngestConfig;
import org.eventwire.store.IngestListener;
import org.eventwire.store.IngestProgress;
import org.eventwire.store.Ingestor;

/**
 * {@code POST /api/articles}: codes one article through the pipeline and stores it, as {@code
 * eventwire ingest} would. Needs the bearer token; one upload at a time.
 */
final class WriteRoutes {

  /**
   * The request body: one article in the contract's JSON Lines input shape.
   *
   * @param id required, unique
   * @param text required
   * @param published YYYY-MM-DD or ISO date-time, optional
   * @param title optional
   * @param source outlet, optional
   * @param url optional
   */
  record ArticleInput(
      String id, String text, String published, String title, String source, String url) {}

  private final EventStore store;
  private final ObjectMapper mapper;
  private final BearerToken token;
  private final Supplier<EventPipeline> pipelines;
  private final Runnable written;
  private EventPipeline pipeline;

  /** {@code written} runs after every ingest (it clears the read cache). */
  WriteRoutes(
      EventStore store,
      ObjectMapper mapper,
      BearerToken token,
      Supplier<EventPipeline> pipelines,
      Runnable written) {
    this.store = store;
    this.mapper = mapper;
    this.token = token;
    this.pipelines = pipelines;
    this.written = written;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/articles", this::upload);
  }

  private void upload(Context ctx) {
    if (!token.enabled()) {
      throw new ApiException(
          403, "writes are off: start the server with --token-env or --token-file", null);
    }
    if (!token.accepts(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "a valid bearer token is required to add articles", null);
    }
    ArticleInput input = parse(ctx.bodyAsBytes());
    Responses.Upload done = ingest(input);
    ctx.status(done.status().equals("stored") ? 201 : 200).json(done);
  }

  private ArticleInput parse(byte[] body) {
    ArticleInput in;
    try {
      in = mapper.readValue(body, ArticleInput.class);
    } catch (JsonProcessingException e) {
      throw new ApiException(
          400, "the body is not a JSON article: " + e.getOriginalMessage(), "body");
    } catch (java.io.IOException e) {
      throw new ApiException(400, "the body could not be read", "body");
    }
    if (in == null || in.id() == null || in.id().isBlank()) {
      throw ApiException.badParameter("id", "required");
    }
    if (in.text() == null || in.text().isBlank()) {
      throw ApiException.badParameter("text", "required");
    }
    return in;
  }

  private synchronized Responses.Upload ingest(ArticleInput input) {
    byte[] line = line(input);
    AtomicReference<Article> read = new AtomicReference<>();
    List<String> problems = new ArrayList<>();
    IngestProgress p;
    try {
      p = run(line, read, problems, input.id());
    } finally {
      written.run();
    }
    if (!problems.isEmpty() || read.get() == null) {
      throw new ApiException(422, String.join("; ", problems), "text");
    }
    String id =
        store
            .articleWithNormalizedHash(ArticleHashes.of(read.get().text()).normalizedSha256())
            .orElseThrow(() -> new IllegalStateException("stored article not found"));
    List<String> events =
        new EventLookup(store).ofArticle(id).stream().map(e -> e.event().id()).toList();
    return new Responses.Upload(id, p.articlesNew() == 1 ? "stored" : "duplicate", events);
  }

  private IngestProgress run(
      byte[] line, AtomicReference<Article> read, List<String> problems, String id) {
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    return new Ingestor(store, pipeline(), IngestConfig.withThreads(1))
        .run(
            List.of("api:" + id),
            sink ->
                reader.readStream(
                    new ByteArrayInputStream(line),
                    "body",
                    r -> {
                      if (r instanceof ReadResult.Ok ok) {
                        read.set(ok.article());
                      }
                      sink.accept(r);
                    }),
            new Problems(problems));
  }

  /** The article as one JSON Lines line, the form the reader takes. */
  private byte[] line(ArticleInput input) {
    try {
      return mapper.writeValueAsString(input).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an article as JSON", e);
    }
  }

  /** Loads the pipeline (CoreNLP) on the first upload, not at start. */
  private EventPipeline pipeline() {
    if (pipeline == null) {
      pipeline = pipelines.get();
    }
    return pipeline;
  }

  /** Collects the problems an ingest reports. */
  private record Problems(List<String> out) implements IngestListener {
    @Override
    public void progress(IngestProgress p) {
      // a single article needs no progress
    }

    @Override
    public void failed(String input, String problem) {
      out.add(problem);
    }
  }
}
