package org.eventwire.cli.bench;

import java.util.List;
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
      throw new IllegalArgumentException("the benchmark needs at least one article");
    }
    articles = List.copyOf(articles);
    texts = List.copyOf(texts);
    analyses = List.copyOf(analyses);
    tokens = List.copyOf(tokens);
  }

  /** Runs stages 1 and 2 once over every article, for the coding stage and the token counts. */
  public static BenchFixture prepare(StandardPipeline pipeline, List<Article> articles) {
    List<CodableText> texts = articles.stream().map(pipeline.prepare()::apply).toList();
    List<AnalyzedArticle> analyses = texts.stream().map(pipeline.analyze()::apply).toList();
    List<Integer> tokens = analyses.stream().map(BenchFixture::tokens).toList();
    return new BenchFixture(pipeline, articles, texts, analyses, tokens);
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
