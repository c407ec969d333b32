package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eventwire.corpus.StandInCoder;
import org.eventwire.ingest.ReadResult;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.store.IngestConfig;
import org.eventwire.store.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eventwire ingest}: articles into the event store, idempotently. */
@Command(
    name = "ingest",
    description =
        "Code articles into the event store (a DuckDB file). Re-running adds nothing; copies of"
            + " a stored text only add their outlet and URL.")
public final class IngestCommand implements Callable<Integer> {
  private final Supplier<EventPipeline> pipelines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreFile storeFile;

  @Mixin InputOptions input;

  @Option(
      names = "--stand-in-coder",
      hidden = true,
      description =
          "Code with the keyword stand-in for generate-corpus stories instead of CoreNLP"
              + " (store measurements only).")
  boolean standIn;

  public IngestCommand(Supplier<EventPipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Consumer<Consumer<ReadResult>> source = input::read;
    ProgressDisplay progress =
        new ProgressDisplay(err, System.console() != null, InputCensus.count(input.paths));
    return StoreRun.run(
        err,
        progress,
        storeFile.path,
        "read",
        store -> {
          EventPipeline coder = standIn ? new StandInCoder() : new LazyPipeline(pipelines);
          return new Ingestor(store, coder, IngestConfig.withThreads(input.threads))
              .run(input.paths, source, progress);
        });
  }
}
