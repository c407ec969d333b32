package org.eventwire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.eventwire.api.ServerConfig;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eventwire serve}: the JSON API and the web UI over a store. */
@Command(
    name = "serve",
    description =
        "Serve the JSON API (/api, described at /api/openapi.json) and the web UI over a store."
            + " Read-only unless a write token is given.")
public final class ServeCommand implements Callable<Integer> {
  private final Supplier<EventPipeline> pipelines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      defaultValue = "eventwire.duckdb",
      description = "Store file (default ${DEFAULT-VALUE}); it must exist.")
  Path db;

  @Mixin ServerOptions server;

  public ServeCommand(Supplier<EventPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cmd = spec.commandLine();
    if (!Files.isRegularFile(db)) {
      throw new CommandLine.ParameterException(cmd, "no store at " + db + " (see --db)");
    }
    ServerConfig config = server.config(cmd, db);
    return ServerOptions.serve(config, EventStore.open(db), pipelines, cmd) ? 0 : 1;
  }
}
