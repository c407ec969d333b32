package org.eventwire.batch;

import org.eventwire.nlp.NlpConfig;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.pipeline.Pipelines;

/**
 * The one pipeline of this JVM (the documented exception to "no static singletons"): loading it
 * takes about 10 s and 2 GB, and it is thread-safe, so every task an executor runs shares it. It is
 * built on first use, by the first task that needs it; the others wait for it.
 */
public final class PipelineHolder {
  private static volatile EventPipeline pipeline;

  private PipelineHolder() {}

  /** The JVM's pipeline: the same one {@code bin/eventwire code} builds. */
  public static EventPipeline get() {
    EventPipeline p = pipeline;
    if (p == null) {
      synchronized (PipelineHolder.class) {
        p = pipeline;
        if (p == null) {
          p = Pipelines.standard(NlpConfig.defaults());
          pipeline = p;
        }
      }
    }
    return p;
  }
}
