package org.eventwire.pipeline;

import java.util.List;
import org.eventwire.coding.MentionDecision;
import org.eventwire.model.Article;
import org.eventwire.model.Event;

/** Prepare text → analyze → code events; the stage order is checked when it is built. */
public final class StandardPipeline implements EventPipeline {
  private final PrepareText prepare;
  private final Analyze analyze;
  private final CodeEvents code;

  public StandardPipeline(PrepareText prepare, Analyze analyze, CodeEvents code) {
    StageOrder.check(List.of(prepare, analyze, code));
    this.prepare = prepare;
    this.analyze = analyze;
    this.code = code;
  }

  /** Stage 1, for callers that time the stages one by one (the benchmark). */
  public PrepareText prepare() {
    return prepare;
  }

  /** Stage 2. */
  public Analyze analyze() {
    return analyze;
  }

  /** Stage 3. */
  public CodeEvents codeEvents() {
    return code;
  }

  /** The coder's actor decisions on an article's argument phrases, in order. */
  public List<MentionDecision> mentionDecisions(Article article) {
    return code.mentionDecisions(analyze.apply(prepare.apply(article)));
  }

  @Override
  public List<Event> code(Article article) {
    return code.apply(analyze.apply(prepare.apply(article)));
  }
}
