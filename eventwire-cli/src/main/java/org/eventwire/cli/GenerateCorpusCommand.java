package org.eventwire.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventwire.corpus.CorpusGenerator;
import org.eventwire.model.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventwire generate-corpus N DIR} (hidden): invented wire stories for store measurements
 * and tests ({@link CorpusGenerator}); ingest them with {@code ingest --stand-in-coder} to measure
 * the store without CoreNLP.
 */
@Command(
    name = "generate-corpus",
    hidden = true,
    description =
        "Write N invented wire stories (JSON Lines, 1,000 a file) and .truth.tsv into DIR.")
public final class GenerateCorpusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "N", description = "How many articles.")
  int n;

  @Parameters(index = "1", paramLabel = "DIR", description = "Where to write them.")
  Path dir;

  @Option(names = "--seed", defaultValue = "5", description = "Random seed (default 5).")
  long seed;

  @Override
  public Integer call() {
    try {
      new CorpusGenerator(seed).write(n, dir, Json.newMapper());
      spec.commandLine().getErr().printf("eventwire: %d articles written to %s%n", n, dir);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("eventwire: cannot write corpus: " + e.getMessage());
      return 1;
    }
  }
}
