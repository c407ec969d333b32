package org.eventwire.pipeline;

import java.util.Set;

/**
 * One step of the pipeline with one job. A stage declares what it needs and what it makes; it
 * returns a new value and never changes its input.
 */
public interface Stage<I, O> {
  String name();

  Set<Capability> requires();

  Set<Capability> provides();

  O apply(I input);
}
