package org.eventwire.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.PublishedDate;

/** Scores one gold file: builds its articles, gets their events from the source, scores them. */
public final class Evaluator {
  private final EventSource events;
  private final ArticleSource articles;
  private final PloverScorer plover;
  private final PetrarchScorer petrarch;
  private final SeedScorer seed;

  public Evaluator(
      EventSource events,
      ArticleSource articles,
      PloverScorer plover,
      PetrarchScorer petrarch,
      SeedScorer seed) {
    this.events = events;
    this.articles = articles;
    this.plover = plover;
    this.petrarch = petrarch;
    this.seed = seed;
  }

  public Evaluator(EventSource events, ArticleSource articles) {
    this(events, articles, new PloverScorer(), new PetrarchScorer(), new SeedScorer());
  }

  public SuiteReport evaluate(GoldSet gold) {
    String suite = gold.file().getFileName().toString();
    if (gold instanceof GoldSet.Plover p) {
      List<Article> list =
          p.records().stream().map(r -> SentenceArticles.of(r.id(), r.text(), r.date())).toList();
      return plover.score(suite, p.records(), events.code(list));
    }
    if (gold instanceof GoldSet.Petrarch p) {
      List<Article> list =
          p.records().stream()
              .filter(PetrarchRecord::evaluate)
              .map(r -> SentenceArticles.of(r.id(), r.text(), r.storyDate()))
              .toList();
      return petrarch.score(suite, p.records(), p.baseline(), events.code(list));
    }
    return evaluateSeed(suite, (GoldSet.Seed) gold);
  }

  private SeedReport evaluateSeed(String suite, GoldSet.Seed gold) {
    List<String> notes = new ArrayList<>();
    Article article = readArticle(gold, notes);
    if (article.layout() == null
        || (article.layout().credit() == null && article.layout().signoff() == null)) {
      notes.add("the article layout gives no credit line or sign-off to check");
    }
    Map<String, CodedArticle> coded = events.code(List.of(article));
    CodedArticle result =
        coded.getOrDefault(article.id(), CodedArticle.ok(article.id(), List.of()));
    return seed.score(suite, gold.gold(), article, result, notes);
  }

  private Article readArticle(GoldSet.Seed gold, List<String> notes) {
    Path path = gold.articlePath();
    try {
      return articles.read(path, gold.gold().published());
    } catch (RuntimeException e) {
      notes.add("article reader failed (" + e.getMessage() + "); read as plain text");
      return plainText(gold, path);
    }
  }

  private static Article plainText(GoldSet.Seed gold, Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return new Article(
          gold.gold().id(),
          text,
          new PublishedDate(gold.gold().published(), PublishedDate.Source.OVERRIDE),
          null,
          null,
          null,
          ArticleLayout.bodyOnly(text));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the seed article " + path, e);
    }
  }
}
