package org.eventwire.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;

/**
 * Scores a PETRARCH suite as PETRARCH's validator does: each record's set of (source, target,
 * CAMEO) triples against the expected set, on exact codes and on "country+root" codes. Records
 * marked {@code evaluate=false} are skipped; records expecting an error expect no events.
 */
public final class PetrarchScorer {

  /**
   * The triples of a record's events: every actor code × recipient code × CAMEO, as a set. A
   * negated event never happened (contract), so it gives no triple; nor does a pair of one actor
   * code with itself.
   */
  public static Set<Triple> triples(List<Event> events) {
    Set<Triple> out = new LinkedHashSet<>();
    for (Event e : events) {
      if (e.cameo() == null || e.negated()) {
        continue;
      }
      for (ActorRef actor : e.actors()) {
        for (ActorRef recipient : e.recipients()) {
          if (actor.code() != null
              && recipient.code() != null
              && !actor.code().equals(recipient.code())) {
            out.add(new Triple(actor.code(), recipient.code(), e.cameo()));
          }
        }
      }
    }
    return out;
  }

  /** Scores the coded records; a record missing from {@code coded} counts as no events. */
  public PetrarchReport score(
      String suite,
      List<PetrarchRecord> records,
      Map<String, BaselineRecord> baseline,
      Map<String, CodedArticle> coded) {
    Tally tally = new Tally();
    List<PetrarchRecord> scored = records.stream().filter(PetrarchRecord::evaluate).toList();
    for (PetrarchRecord rec : scored) {
      CodedArticle result = coded.getOrDefault(rec.id(), CodedArticle.ok(rec.id(), List.of()));
      BaselineRecord base = baseline.get(rec.id());
      tally.add(rec, result, base == null ? null : base.predicted());
    }
    return new PetrarchReport(
        suite,
        records.size(),
        records.size() - scored.size(),
        tally.errors,
        tally.ours.exact,
        tally.ours.root,
        baseline.isEmpty() ? null : tally.baseline(scored.size()),
        tally.mismatches,
        null);
  }

  private static Set<Triple> expected(PetrarchRecord rec) {
    return rec.expectedError() != null ? Set.of() : new LinkedHashSet<>(rec.expected());
  }

  private static PetrarchReport.Mismatch mismatch(
      String id, Set<Triple> expected, Set<Triple> predicted, String error) {
    return new PetrarchReport.Mismatch(id, List.copyOf(expected), List.copyOf(predicted), error);
  }

  /** What walking a suite's records adds up to. */
  private static final class Tally {
    private final Level ours = new Level();
    private final Level oursOnShared = new Level();
    private final Level theirs = new Level();
    private final List<PetrarchReport.Mismatch> mismatches = new ArrayList<>();
    private int errors;

    void add(PetrarchRecord rec, CodedArticle result, List<Triple> baseline) {
      Set<Triple> expected = expected(rec);
      Set<Triple> predicted = triples(result.events());
      errors += result.failed() ? 1 : 0;
      ours.add(expected, predicted);
      if (!expected.equals(predicted)) {
        mismatches.add(mismatch(rec.id(), expected, predicted, result.error()));
      }
      if (baseline != null) {
        oursOnShared.add(expected, predicted);
        theirs.add(expected, new LinkedHashSet<>(baseline));
      }
    }

    PetrarchReport.Baseline baseline(int scored) {
      return new PetrarchReport.Baseline(
          scored - theirs.exact.records(),
          oursOnShared.exact,
          oursOnShared.root,
          theirs.exact,
          theirs.root);
    }
  }

  /** Scores accumulated at both levels while walking the records. */
  private static final class Level {
    private TripleScores exact = TripleScores.EMPTY;
    private TripleScores root = TripleScores.EMPTY;

    void add(Set<Triple> expected, Set<Triple> predicted) {
      exact = plus(exact, expected, predicted);
      root = plus(root, roots(expected), roots(predicted));
    }

    private static Set<Triple> roots(Set<Triple> triples) {
      return triples.stream().map(Triple::root).collect(Collectors.toSet());
    }

    private static TripleScores plus(TripleScores s, Set<Triple> expected, Set<Triple> predicted) {
      int tp = (int) predicted.stream().filter(expected::contains).count();
      return s.plus(expected.equals(predicted), tp, predicted.size(), expected.size());
    }
  }
}
