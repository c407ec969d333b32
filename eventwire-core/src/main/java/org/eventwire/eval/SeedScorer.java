package org.eventwire.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.eventwire.model.Article;
import org.eventwire.model.Event;

/** Scores the events coded from one article against its seed gold. */
public final class SeedScorer {
  private final EventMatcher matcher;
  private final MustNotRules rules;

  public SeedScorer(EventMatcher matcher, MustNotRules rules) {
    this.matcher = matcher;
    this.rules = rules;
  }

  public SeedScorer() {
    this(new EventMatcher(), new MustNotRules());
  }

  /** Scores {@code coded} for {@code article}; {@code notes} say what could not be checked. */
  public SeedReport score(
      String suite, SeedGold gold, Article article, CodedArticle coded, List<String> notes) {
    List<GoldEvent> golds = gold.events();
    List<Event> predicted = coded.events();
    Map<Integer, Integer> pairs = matcher.match(golds, predicted);
    List<SeedReport.GoldLine> lines = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      Integer p = pairs.get(g);
      lines.add(line(golds.get(g), p == null ? null : predicted.get(p)));
    }
    return new SeedReport(
        suite,
        gold.id(),
        coded.error(),
        recall(golds, pairs, true),
        recall(golds, pairs, false),
        share(golds, predicted, pairs, SeedChecks::date),
        share(golds, predicted, pairs, SeedChecks::modality),
        share(golds, predicted, pairs, SeedChecks::factuality),
        locations(golds, predicted, pairs),
        share(golds, predicted, pairs, SeedChecks::sanctions),
        lines,
        unmatched(predicted, pairs),
        rules.check(article, golds, predicted, pairs),
        notes);
  }

  private static SeedReport.GoldLine line(GoldEvent gold, Event pred) {
    if (pred == null) {
      return new SeedReport.GoldLine(
          gold.n(), gold.required(), Summaries.of(gold), null, null, null, null, null);
    }
    return new SeedReport.GoldLine(
        gold.n(),
        gold.required(),
        Summaries.of(gold),
        Summaries.of(pred),
        SeedChecks.date(gold, pred),
        SeedChecks.modality(gold, pred),
        SeedChecks.location(gold, pred),
        SeedChecks.sanctions(gold, pred));
  }

  private static Ratio recall(List<GoldEvent> golds, Map<Integer, Integer> pairs, boolean req) {
    int total = 0;
    int hits = 0;
    for (int g = 0; g < golds.size(); g++) {
      if (golds.get(g).required() == req) {
        total++;
        hits += pairs.containsKey(g) ? 1 : 0;
      }
    }
    return new Ratio(hits, total);
  }

  private static Ratio share(
      List<GoldEvent> golds,
      List<Event> predicted,
      Map<Integer, Integer> pairs,
      BiPredicate<GoldEvent, Event> check) {
    long hits =
        pairs.entrySet().stream()
            .filter(e -> check.test(golds.get(e.getKey()), predicted.get(e.getValue())))
            .count();
    return Ratio.of(hits, pairs.size());
  }

  private static Ratio locations(
      List<GoldEvent> golds, List<Event> predicted, Map<Integer, Integer> pairs) {
    int total = 0;
    int hits = 0;
    for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
      Boolean ok = SeedChecks.location(golds.get(pair.getKey()), predicted.get(pair.getValue()));
      if (ok != null) {
        total++;
        hits += ok ? 1 : 0;
      }
    }
    return new Ratio(hits, total);
  }

  private static List<String> unmatched(List<Event> predicted, Map<Integer, Integer> pairs) {
    Set<Integer> used = new HashSet<>(pairs.values());
    List<String> out = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (!used.contains(p)) {
        out.add(Summaries.of(predicted.get(p)));
      }
    }
    return out;
  }
}
