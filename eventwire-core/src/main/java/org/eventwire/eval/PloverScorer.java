package org.eventwire.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.PloverType;

/**
 * Type recall on the PLOVER gold sentences: a sentence counts when its gold type is among the types
 * of the events coded from it. Secondary: among recalled sentences whose gold source has a code,
 * how often an event of the gold type has an actor with the same 3-character prefix.
 */
public final class PloverScorer {

  /** How one sentence came out. */
  private record Outcome(PloverRecord gold, CodedArticle coded, List<PloverType> types) {
    boolean hit() {
      return types.contains(gold.type());
    }

    boolean actorScored() {
      return hit() && !sourcePrefixes(gold).isEmpty();
    }

    boolean actorAgrees() {
      Set<String> wanted = sourcePrefixes(gold);
      return coded.events().stream()
          .filter(e -> e.type() == gold.type())
          .flatMap(e -> e.actors().stream())
          .anyMatch(a -> wanted.contains(prefix(actorCode(a))));
    }
  }

  /** Scores the coded sentences; a sentence missing from {@code coded} counts as no events. */
  public PloverReport score(
      String suite, List<PloverRecord> records, Map<String, CodedArticle> coded) {
    List<Outcome> outcomes = records.stream().map(r -> outcome(r, coded)).toList();
    List<Outcome> actorScored = outcomes.stream().filter(Outcome::actorScored).toList();
    return new PloverReport(
        suite,
        records.size(),
        count(outcomes, o -> o.coded().failed()),
        Ratio.of(count(outcomes, Outcome::hit), outcomes.size()),
        count(outcomes, o -> o.coded().events().isEmpty()),
        rows(outcomes),
        Ratio.of(count(actorScored, Outcome::actorAgrees), actorScored.size()),
        outcomes.stream().filter(o -> !o.hit()).map(PloverScorer::miss).toList());
  }

  private static Outcome outcome(PloverRecord rec, Map<String, CodedArticle> coded) {
    CodedArticle result = coded.getOrDefault(rec.id(), CodedArticle.ok(rec.id(), List.of()));
    List<PloverType> types =
        result.events().stream().map(Event::type).filter(Objects::nonNull).distinct().toList();
    return new Outcome(rec, result, types);
  }

  private static PloverReport.Miss miss(Outcome o) {
    return new PloverReport.Miss(o.gold().id(), o.gold().type(), o.types(), o.coded().error());
  }

  private static int count(List<Outcome> outcomes, Predicate<Outcome> test) {
    return (int) outcomes.stream().filter(test).count();
  }

  private static List<PloverReport.TypeRow> rows(List<Outcome> outcomes) {
    Map<PloverType, List<Outcome>> byType = new EnumMap<>(PloverType.class);
    outcomes.forEach(o -> byType.computeIfAbsent(o.gold().type(), t -> new ArrayList<>()).add(o));
    List<PloverReport.TypeRow> rows = new ArrayList<>();
    byType.forEach(
        (type, list) ->
            rows.add(
                new PloverReport.TypeRow(type, Ratio.of(count(list, Outcome::hit), list.size()))));
    return rows;
  }

  private static Set<String> sourcePrefixes(PloverRecord rec) {
    return rec.source().stream()
        .map(PloverRecord.GoldActor::code)
        .filter(c -> c != null && !c.isBlank())
        .map(PloverScorer::prefix)
        .collect(Collectors.toSet());
  }

  private static String actorCode(ActorRef actor) {
    return actor.code() != null ? actor.code() : actor.country();
  }

  private static String prefix(String code) {
    return code == null || code.length() <= 3 ? code : code.substring(0, 3);
  }
}
