package org.eventwire.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A loaded gold file, in one of the supported formats. */
public sealed interface GoldSet {

  /** The file it was loaded from. */
  Path file();

  /** A seed-gold file: gold events for one article. */
  record Seed(Path file, SeedGold gold) implements GoldSet {

    /** The article the gold describes, resolved against the gold file's folder. */
    public Path articlePath() {
      Path dir = file.toAbsolutePath().getParent();
      return dir.resolve(gold.article()).normalize();
    }
  }

  /** The PLOVER gold-standard sentences. */
  record Plover(Path file, List<PloverRecord> records) implements GoldSet {
    public Plover {
      records = List.copyOf(records);
    }
  }

  /**
   * A PETRARCH validation suite, with the reference coder's output on it when that was found.
   *
   * @param baseline reference output by record id; empty when no baseline file was found
   */
  record Petrarch(Path file, List<PetrarchRecord> records, Map<String, BaselineRecord> baseline)
      implements GoldSet {
    public Petrarch {
      records = List.copyOf(records);
      baseline = Map.copyOf(baseline);
    }
  }
}
