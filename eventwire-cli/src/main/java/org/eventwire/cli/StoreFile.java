package org.eventwire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that open the event store (a picocli mixin). */
final class StoreFile {
  @Option(
      names = "--db",
      defaultValue = "eventwire.duckdb",
      description = "Store file (default ${DEFAULT-VALUE}).")
  Path path;
}
