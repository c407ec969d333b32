package org.eventwire.pipeline;

import java.util.List;
import java.util.Set;
import org.eventwire.coding.EventCoder;
import org.eventwire.coding.MentionDecision;
import org.eventwire.model.Event;

/** Codes events from the analysis (stage 3). */
public final class CodeEvents implements Stage<AnalyzedArticle, List<Event>> {
  private final EventCoder coder;

  public CodeEvents(EventCoder coder) {
    this.coder = coder;
  }

  @Override
  public String name() {
    return "code-events";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.ANALYSIS);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.EVENTS);
  }

  /** The actor decisions made while coding, for measuring reference resolution. */
  public List<MentionDecision> mentionDecisions(AnalyzedArticle input) {
    return coder.mentionDecisions(input.article(), input.document());
  }

  @Override
  public List<Event> apply(AnalyzedArticle input) {
    return coder.code(input.article(), input.document(), input.caption());
  }
}
