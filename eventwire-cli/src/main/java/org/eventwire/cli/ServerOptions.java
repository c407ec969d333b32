package org.eventwire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.eventwire.api.ApiServer;
import org.eventwire.api.ServerConfig;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that {@code serve} and {@code demo} share (a picocli mixin), and serving itself. */
final class ServerOptions {

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(
      names = "--token-env",
      paramLabel = "VAR",
      description =
          "Allow POST /api/articles to holders of the token in this environment variable.")
  String tokenEnv;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "Allow POST /api/articles to holders of the token in this file (first line).")
  Path tokenFile;

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      description =
          "Let pages from this origin (https://example.org) call the API; off by default.")
  String cors;

  @Option(
      names = "--max-page-size",
      defaultValue = "500",
      description = "Most events one page may ask for (default ${DEFAULT-VALUE}).")
  int maxPageSize;

  /** The server configuration these options ask for; a bad one is a usage error. */
  ServerConfig config(CommandLine cmd, Path db) {
    try {
      return new ServerConfig(
          host, port, db, token(cmd), cors, maxPageSize, ServerConfig.MAX_BODY_BYTES);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
  }

  private String token(CommandLine cmd) {
    if (tokenEnv != null && tokenFile != null) {
      throw new CommandLine.ParameterException(cmd, "give --token-env or --token-file, not both");
    }
    if (tokenEnv != null) {
      String v = System.getenv(tokenEnv);
      if (v == null || v.isBlank()) {
        throw new CommandLine.ParameterException(
            cmd, "environment variable " + tokenEnv + " is empty");
      }
      return v.strip();
    }
    if (tokenFile != null) {
      try {
        return Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream()
            .findFirst()
            .map(String::strip)
            .orElse("");
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cmd, "cannot read --token-file " + tokenFile);
      }
    }
    return null;
  }

  /**
   * Serves {@code store} until the process is stopped (Ctrl-C); then stops the server and closes
   * the store. Returns only if the server could not start.
   */
  static boolean serve(
      ServerConfig config, EventStore store, Supplier<EventPipeline> pipelines, CommandLine cmd)
      throws InterruptedException {
    ApiServer server = new ApiServer(config, store, KnowledgeBase.loadDefault(), pipelines);
    int port;
    try {
      port = server.start();
    } catch (RuntimeException e) {
      store.close();
      cmd.getErr()
          .printf(
              "eventwire: cannot serve on %s:%d: %s%n", config.host(), config.port(), rootCause(e));
      cmd.getErr().flush();
      return false;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stopped.countDown();
                },
                "eventwire-stop"));
    String shown = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    cmd.getErr()
        .printf(
            "eventwire: serving %s at http://%s:%d/ (Ctrl-C stops)%n", config.db(), shown, port);
    cmd.getErr().flush();
    stopped.await();
    return true;
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
