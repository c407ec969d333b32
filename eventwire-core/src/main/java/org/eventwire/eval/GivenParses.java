package org.eventwire.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventwire.nlp.ParseUses;

/**
 * The treebank parses PETRARCH suites give their records ({@code parse}), for coding on them, and
 * the count of which were used.
 */
public final class GivenParses {
  private GivenParses() {}

  /**
   * Each scored PETRARCH record's parse by its text (the first, when two records share a text);
   * other gold formats give none.
   */
  public static Map<String, String> trees(List<GoldSet> sets) {
    Map<String, String> byText = new LinkedHashMap<>();
    for (GoldSet set : sets) {
      if (set instanceof GoldSet.Petrarch p) {
        for (PetrarchRecord rec : p.records()) {
          if (rec.evaluate() && rec.parse() != null && !rec.parse().isBlank()) {
            byText.putIfAbsent(rec.text(), rec.parse());
          }
        }
      }
    }
    return byText;
  }

  /** What became of the suite's given parses, from what the analyzer recorded. */
  public static GivenParseCount count(GoldSet.Petrarch suite, ParseUses uses) {
    int used = 0;
    int without = 0;
    List<String> fallBacks = new ArrayList<>();
    for (PetrarchRecord rec : suite.records()) {
      if (!rec.evaluate()) {
        continue;
      }
      if (rec.parse() == null || rec.parse().isBlank()) {
        without++;
        continue;
      }
      Optional<ParseUses.ParseUse> use = uses.of(rec.text());
      if (use.isPresent() && use.get().used()) {
        used++;
      } else {
        String why =
            use.map(ParseUses.ParseUse::fallBackReason).orElse("the text was not analysed");
        fallBacks.add(rec.id() + ": " + why);
      }
    }
    return new GivenParseCount(used, fallBacks.size(), without, fallBacks);
  }
}
