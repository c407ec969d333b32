package org.eventwire.pipeline;

import java.util.Set;
import org.eventwire.nlp.TextAnalyzer;

/** Runs the text analyzer over the codable text (stage 2). */
public final class Analyze implements Stage<CodableText, AnalyzedArticle> {
  private final TextAnalyzer analyzer;

  public Analyze(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.CODABLE_TEXT);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.ANALYSIS);
  }

  @Override
  public AnalyzedArticle apply(CodableText input) {
    return new AnalyzedArticle(
        input.article(), analyzer.analyze(input.text(), input.article().published().date()));
  }
}
