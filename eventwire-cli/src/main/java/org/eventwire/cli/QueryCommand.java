package org.eventwire.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eventwire.model.Json;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.query.ContractJson;
import org.eventwire.query.EventQuery;
import org.eventwire.query.EventSearch;
import org.eventwire.store.EventStore;
import org.eventwire.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eventwire query}: stored event records matching filters, as JSON Lines on stdout. */
@Command(
    name = "query",
    description =
        "Print stored event records that match the filters (JSON Lines per the contract, each with"
            + " cluster_id).")
public final class QueryCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin Filters filters;

  /** The store and filter options that {@code query} and {@code export} share. */
  public static final class Filters {
    @Option(
        names = "--db",
        defaultValue = "eventwire.duckdb",
        description = "Store file (default ${DEFAULT-VALUE}).")
    Path db;

    @Option(
        names = "--actor",
        description = "Actor: CAMEO code prefix (PRK, PRKGOV), ISO3 country, IGO or name.")
    String actor;

    @Option(names = "--recipient", description = "Recipient, matched as --actor.")
    String recipient;

    @Option(names = "--type", description = "PLOVER event type (CONSULT, AID, ...).")
    String type;

    @Option(names = "--from", description = "Events on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Events on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(
        names = "--modality",
        description = "asserted, attributed, alleged, believed, planned or denied.")
    String modality;

    @Option(names = "--sanctions", description = "Only events that touch a sanctions measure.")
    boolean sanctionsOnly;

    @Option(names = "--cluster", description = "Cluster id.")
    String cluster;

    @Option(names = "--text", description = "Words the evidence sentence contains (any case).")
    String text;

    @Option(names = "--limit", description = "At most this many records.")
    Integer limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Option(
        names = "--sort",
        defaultValue = "id",
        description = "id, date, date-desc or first-seen (default ${DEFAULT-VALUE}).")
    String sort;

    /** The query these options ask for; a bad value is a usage error. */
    EventQuery query(CommandLine cmd) {
      PloverType t = null;
      Modality m = null;
      EventQuery.Sort order;
      try {
        t = type == null ? null : PloverType.valueOf(type.toUpperCase(Locale.ROOT));
        m = modality == null ? null : Modality.parse(modality);
        order = EventQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        String what =
            t == null && type != null
                ? "--type " + type
                : m == null && modality != null ? "--modality " + modality : "--sort " + sort;
        throw new CommandLine.ParameterException(cmd, "unknown value: " + what);
      }
      try {
        return new EventQuery(
            actor, recipient, t, from, to, m, sanctionsOnly, cluster, text, limit, offset, order);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, "bad filter: " + e.getMessage());
      }
    }

    /** Opens the store, which must exist: querying never creates one. */
    EventStore open(CommandLine cmd) {
      if (!Files.isRegularFile(db)) {
        throw new CommandLine.ParameterException(cmd, "no store at " + db + " (see --db)");
      }
      return EventStore.open(db);
    }
  }

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    PrintWriter out = cmd.getOut();
    EventQuery q = filters.query(cmd);
    ContractJson json = new ContractJson(Json.newMapper());
    try (EventStore store = filters.open(cmd)) {
      new EventSearch(store).forEach(q, e -> out.println(json.line(e)));
    } catch (StoreException e) {
      cmd.getErr().println("eventwire: " + e.getMessage());
      cmd.getErr().flush();
      return 1;
    }
    out.flush();
    return 0;
  }
}
