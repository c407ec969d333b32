package org.eventwire.store;

import java.nio.file.Path;
import java.util.List;
import org.eventwire.corpus.StandInCoder;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReaderOptions;

/**
 * The ingest that {@link CrashResumeIT} runs as a separate JVM and kills: {@code db corpusDir
 * threads}. Prints "open" once the store is open, "done" at the end.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) {
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      System.out.println("open");
      System.out.flush();
      new Ingestor(store, new StandInCoder(), IngestConfig.withThreads(Integer.parseInt(args[2])))
          .run(
              List.of(Path.of(args[1])),
              new ArticleReader(ReaderOptions.defaults()),
              IngestListener.silent());
    }
    System.out.println("done");
  }
}
