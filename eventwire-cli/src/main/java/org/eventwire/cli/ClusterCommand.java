package org.eventwire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eventwire.model.Json;
import org.eventwire.query.ClusterReport;
import org.eventwire.store.ClusterDetail;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code eventwire cluster ID}: one cluster's articles, outlets, members and disagreements. */
@Command(
    name = "cluster",
    description =
        "Print one cluster as JSON: counts, its articles (first report first), distinct outlets,"
            + " members with the rule that put them there, and where the reports disagree.")
public final class ClusterCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreFile storeFile;

  @Parameters(index = "0", paramLabel = "ID", description = "Cluster id (an event's cluster_id).")
  String id;

  @Override
  public Integer call() throws JsonProcessingException {
    CommandLine cmd = spec.commandLine();
    if (!Files.isRegularFile(storeFile.path)) {
      throw new CommandLine.ParameterException(
          cmd, "no store at " + storeFile.path + " (see --db)");
    }
    Optional<ClusterDetail> found;
    try (EventStore store = EventStore.open(storeFile.path)) {
      found = new ClusterReport(store).find(id);
    } catch (StoreException e) {
      cmd.getErr().println("eventwire: " + e.getMessage());
      return 1;
    }
    if (found.isEmpty()) {
      cmd.getErr().println("eventwire: no cluster " + id + " in " + storeFile.path);
      return 1;
    }
    PrintWriter out = cmd.getOut();
    out.println(Json.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(found.get()));
    out.flush();
    return 0;
  }
}
