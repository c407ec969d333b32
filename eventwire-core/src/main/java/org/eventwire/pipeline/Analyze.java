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
    var article = input.article();
    var date = article.published().date();
    var layout = article.layout();
    var caption =
        layout == null || layout.caption() == null
            ? null
            : analyzer.analyze(layout.caption().of(article.text()), date);
    return new AnalyzedArticle(article, analyzer.analyze(input.text(), date), caption);
  }
}
