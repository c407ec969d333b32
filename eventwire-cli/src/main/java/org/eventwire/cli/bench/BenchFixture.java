package org.eventwire.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eventwire.model.Article;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.pipeline.AnalyzedArticle;
import org.eventwire.pipeline.CodableText;
import org.eventwire.pipeline.StandardPipeline;

/**
 * What the benchmarks work on: the loaded pipeline, the read articles, each article's codable text
 * (input of the NLP stage), its analysis (input of the coding stage) and its token count.
 *
 * @param pipeline the loaded pipeline
 * @param articles the articles read, in input order
 * @param texts the codable text of each article (stage 1's output)
 * @param analyses the analysis of each article (stage 2's output), made once when prepared
 * @param tokens CoreNLP's tokens in each article's codable text (body plus caption)
 */
public record BenchFixture(
    StandardPipeline pipeline,
    List<Article> articles,
    List<CodableText> texts,
    List<AnalyzedArticle> analyses,
    List<Integer> tokens) {

  public BenchFixture {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("the benchmark needs at least one codable article");
    }
    articles = List.copyOf(articles);
    texts = List.copyOf(texts);
    analyses = List.copyOf(analyses);
    tokens = List.copyOf(tokens);
  }

  /**
   * Runs the three stages once over every article: the coding stage's input and the token counts.
   * An article on which a stage fails is left out, reported to {@code problems} with its id.
   */
  public static BenchFixture prepare(
      StandardPipeline pipeline, List<Article> articles, Consumer<String> problems) {
    List<Article> kept = new ArrayList<>();
    List<CodableText> texts = new ArrayList<>();
    List<AnalyzedArticle> analyses = new ArrayList<>();
    for (Article a : articles) {
      try {
        CodableText text = pipeline.prepare().apply(a);
        AnalyzedArticle analysis = pipeline.analyze().apply(text);
        pipeline.codeEvents().apply(analysis);
        kept.add(a);
        texts.add(text);
        analyses.add(analysis);
      } catch (RuntimeException e) {
        problems.accept(a.id() + ": left out of the benchmark: " + e);
      }
    }
    List<Integer> tokens = analyses.stream().map(BenchFixture::tokens).toList();
    return new BenchFixture(pipeline, kept, texts, analyses, tokens);
  }

  /** Number of articles. */
  public int size() {
    return articles.size();
  }

  /** Tokens of the whole input. */
  public long totalTokens() {
    return tokens.stream().mapToLong(Integer::longValue).sum();
  }

  private static int tokens(AnalyzedArticle a) {
    return tokens(a.document()) + (a.caption() == null ? 0 : tokens(a.caption()));
  }

  private static int tokens(ParsedDocument d) {
    return d.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
