package org.eventwire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReaderOptions;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.store.EventStore;
import org.eventwire.store.IngestConfig;
import org.eventwire.store.IngestListener;
import org.eventwire.store.IngestProgress;
import org.eventwire.store.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eventwire demo}: codes the sample articles into a store (once: a second run finds them
 * stored and codes nothing), then serves the web UI over it.
 */
@Command(
    name = "demo",
    description =
        "Code the sample articles (samples/articles) into a store and serve the web UI over it"
            + " (http://localhost:8080/). Re-running re-uses the store.")
public final class DemoCommand implements Callable<Integer> {
  private final Supplier<EventPipeline> pipelines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      defaultValue = "eventwire-demo.duckdb",
      description = "Store file (default ${DEFAULT-VALUE}), created when missing.")
  Path db;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "Articles to code (default: samples/articles of the eventwire checkout).")
  Path samples;

  @Option(names = "--threads", defaultValue = "1", description = "Coding threads (default 1).")
  int threads;

  @Mixin ServerOptions server;

  public DemoCommand(Supplier<EventPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cmd = spec.commandLine();
    Path dir = samples == null ? defaultSamples() : samples;
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(
          cmd, "no sample articles at " + dir + " (see --samples)");
    }
    EventStore store = EventStore.open(db);
    cmd.getErr()
        .println("eventwire: coding " + dir + " into " + db + " (stored articles are skipped)");
    cmd.getErr().flush();
    IngestProgress done =
        new Ingestor(store, new LazyPipeline(pipelines), IngestConfig.withThreads(threads))
            .run(List.of(dir), new ArticleReader(ReaderOptions.defaults()), failures(cmd));
    cmd.getErr()
        .printf(
            "eventwire: %d articles: %d new, %d already stored, %d events added, %d errors%n",
            done.read(), done.articlesNew(), done.duplicates(), done.events(), done.errors());
    return ServerOptions.serve(server.config(cmd, db), store, pipelines, cmd) ? 0 : 1;
  }

  /** {@code samples/articles} of the checkout that {@code bin/eventwire} runs from, else here. */
  static Path defaultSamples() {
    String home = System.getenv("EVENTWIRE_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return base.resolve("samples").resolve("articles");
  }

  private static IngestListener failures(CommandLine cmd) {
    return new IngestListener() {
      @Override
      public void progress(IngestProgress p) {
        // the summary line follows
      }

      @Override
      public void failed(String input, String problem) {
        cmd.getErr().println("eventwire: " + input + ": " + problem);
        cmd.getErr().flush();
      }
    };
  }
}
