package org.eventwire.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.ingest.ReadResult;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.pipeline.EventPipeline;

/**
 * Reads articles into the store, idempotently: an article whose normalised text, normalised body or
 * edited body (MinHash) is already stored is not coded again, only its outlet/URL is recorded
 * (once). New articles are coded by worker threads sharing one pipeline; the calling thread alone
 * writes, one transaction per article, in reading order. A crash loses at most the articles in
 * flight; a re-run stores exactly those.
 */
public final class Ingestor {
  private final EventStore store;
  private final EventPipeline pipeline;
  private final IngestConfig config;

  public Ingestor(EventStore store, EventPipeline pipeline, IngestConfig config) {
    this.store = store;
    this.pipeline = pipeline;
    this.config = config;
  }

  /** Ingests files and directories through {@code reader}. */
  public IngestProgress run(List<Path> inputs, ArticleReader reader, IngestListener listener) {
    List<String> names = inputs.stream().map(Path::toString).toList();
    return run(
        names,
        sink -> {
          for (Path p : inputs) {
            reader.read(p, sink);
          }
        },
        listener);
  }

  /**
   * Ingests whatever {@code source} hands to its sink (read results, in order); {@code inputs}
   * names them in the run record.
   */
  public IngestProgress run(
      List<String> inputs, Consumer<Consumer<ReadResult>> source, IngestListener listener) {
    long runId = store.startRun(inputs);
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), new Workers());
    Run run = new Run(runId, pool, listener);
    try {
      source.accept(run::accept);
      run.drain(0);
    } finally {
      pool.shutdownNow();
    }
    IngestProgress done = run.progress();
    store.finishRun(runId, done);
    return done;
  }

  /** An article waiting to be written: coded ({@code events} set) or a copy of a stored text. */
  private record Pending(Article article, ArticleHashes hashes, Future<List<Event>> events) {}

  /** The state of one run; used only by the thread that runs it. */
  private final class Run {
    private final long runId;
    private final ExecutorService pool;
    private final IngestListener listener;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Set<String> inFlight = new HashSet<>();
    private final List<BodySignature> signaturesInFlight = new ArrayList<>();
    private final RunTally tally = new RunTally();

    Run(long runId, ExecutorService pool, IngestListener listener) {
      this.runId = runId;
      this.pool = pool;
      this.listener = listener;
    }

    void accept(ReadResult result) {
      if (result instanceof ReadResult.Failed f) {
        fail(f.input(), f.problem());
        listener.progress(progress());
        return;
      }
      Article a = ((ReadResult.Ok) result).article();
      tally.read++;
      ArticleHashes h = ArticleHashes.of(a);
      if (isInFlight(h) || store.storedCopyOf(h).isPresent()) {
        pending.add(new Pending(a, h, null));
      } else {
        inFlight.add(h.normalizedSha256());
        if (h.bodySha256() != null) {
          inFlight.add(h.bodySha256());
        }
        if (h.bodySignature() != null) {
          signaturesInFlight.add(h.bodySignature());
        }
        pending.add(new Pending(a, h, pool.submit(() -> pipeline.code(a))));
      }
      drain(config.inFlight());
    }

    /** Whether an article these hashes recognise is being coded right now. */
    private boolean isInFlight(ArticleHashes h) {
      return inFlight.contains(h.normalizedSha256())
          || (h.bodySha256() != null && inFlight.contains(h.bodySha256()))
          || (h.bodySignature() != null
              && signaturesInFlight.stream().anyMatch(h.bodySignature()::sameText));
    }

    void drain(int keep) {
      while (pending.size() > keep) {
        write(pending.poll());
        listener.progress(progress());
      }
    }

    private void write(Pending p) {
      if (p.events() == null) {
        Optional<String> stored = store.storedCopyOf(p.hashes());
        if (stored.isPresent()) {
          tally.duplicates++;
          if (store.addCopy(stored.get(), copyOf(p), runId)) {
            tally.sourcesAdded++;
          }
          return;
        }
        // the copy's original could not be coded or stored: this copy takes its place
        codeAndStore(p.article(), p.hashes(), code(p.article()));
        return;
      }
      inFlight.remove(p.hashes().normalizedSha256());
      inFlight.remove(p.hashes().bodySha256());
      signaturesInFlight.remove(p.hashes().bodySignature());
      codeAndStore(p.article(), p.hashes(), result(p));
    }

    private Optional<List<Event>> result(Pending p) {
      try {
        return Optional.of(p.events().get());
      } catch (ExecutionException e) {
        fail(p.article().id(), "could not be coded: " + e.getCause());
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
    }

    private Optional<List<Event>> code(Article a) {
      try {
        return Optional.of(pipeline.code(a));
      } catch (RuntimeException e) {
        fail(a.id(), "could not be coded: " + e);
        return Optional.empty();
      }
    }

    private void codeAndStore(Article a, ArticleHashes h, Optional<List<Event>> coded) {
      if (coded.isEmpty()) {
        return;
      }
      if (store.normalizedHashOf(a.id()).isPresent()) {
        fail(a.id(), "an article with this id but a different text is already stored; skipped");
        return;
      }
      try {
        store.storeArticle(a, h, coded.get(), runId);
        tally.articlesNew++;
        tally.events += coded.get().stream().map(Event::id).distinct().count();
      } catch (StoreException e) {
        fail(a.id(), "could not be stored: " + e.getMessage());
      }
    }

    private void fail(String input, String problem) {
      tally.errors++;
      listener.failed(input, problem);
    }

    private ArticleCopy copyOf(Pending p) {
      Article a = p.article();
      return new ArticleCopy(a.id(), a.source(), a.url(), p.hashes().textSha256());
    }

    IngestProgress progress() {
      return tally.progress();
    }
  }

  /** Daemon worker threads, named for thread dumps. */
  private static final class Workers implements java.util.concurrent.ThreadFactory {
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "eventwire-coder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
