package org.eventwire.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventwire.model.Json;
import org.eventwire.query.EventQuery;
import org.eventwire.query.ExportFormat;
import org.eventwire.query.Exporter;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eventwire export}: stored events to a file in a format other tools read. */
@Command(
    name = "export",
    description =
        "Export stored events: jsonl (contract records with cluster_id), csv-gdelt (GDELT 2.0"
            + " event table, tab-separated), plover (PLOVER JSON Lines) or parquet.")
public final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin QueryCommand.Filters filters;

  @Option(names = "--format", required = true, description = "jsonl, csv-gdelt, plover or parquet.")
  String format;

  @Option(
      names = "--out",
      required = true,
      description = "Output file (replaced); - is stdout for the text formats.")
  String out;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    PrintWriter err = cmd.getErr();
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    if (f == ExportFormat.PARQUET && out.equals("-")) {
      throw new CommandLine.ParameterException(cmd, "Parquet needs a file (--out FILE)");
    }
    EventQuery q = filters.query(cmd);
    long n;
    try (EventStore store = filters.open(cmd)) {
      Exporter exporter = new Exporter(store, Json.newMapper());
      if (out.equals("-")) {
        PrintWriter stdout = cmd.getOut();
        n = exporter.write(q, f, stdout);
        stdout.flush();
      } else {
        n = exporter.export(q, f, Path.of(out));
      }
    } catch (StoreException | UncheckedIOException e) {
      err.println("eventwire: " + e.getMessage());
      err.flush();
      return 1;
    }
    err.printf("eventwire: %d events exported as %s to %s%n", n, f.cliName(), out);
    err.flush();
    return 0;
  }
}
