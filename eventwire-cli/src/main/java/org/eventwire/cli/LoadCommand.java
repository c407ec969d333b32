package org.eventwire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.eventwire.store.EventLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code eventwire load}: the Spark job's Parquet events into the event store, idempotently. */
@Command(
    name = "load",
    description =
        "Load the events eventwire-spark's BatchJob wrote (Parquet files or their directories)"
            + " into the event store: articles already stored are not loaded again, events are"
            + " clustered as ingest clusters them. The job's output has no article text: the"
            + " stored text is the article's evidence sentences.")
public final class LoadCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreFile storeFile;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Parquet files, or directories of them (the job's --output).")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ProgressDisplay progress =
        new ProgressDisplay(err, System.console() != null, OptionalLong.empty());
    return StoreRun.run(
        err,
        progress,
        storeFile.path,
        "loaded",
        store -> new EventLoader(store).load(paths, progress));
  }
}
