package org.eventwire.batch;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.DatePrecision;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.PublishedDate;
import org.eventwire.model.SanctionFlag;

/** Records made up for the unit tests. */
final class TestRecords {
  private TestRecords() {}

  static Article article(String id) {
    return new Article(
        id,
        "Japan and South Korea held talks in Tokyo on Monday.",
        new PublishedDate(LocalDate.of(2024, 5, 8), PublishedDate.Source.METADATA),
        "Talks",
        "Wire",
        "https://example.org/a",
        null);
  }

  /** An event with every field set, or with the optional parts null/empty. */
  static Event event(String id, boolean full) {
    ActorRef japan = new ActorRef("Japan", "Japan", "JPN", null, "GOV", "JPNGOV");
    ActorRef korea = new ActorRef("South Korea", null, "KOR", null, null, "KOR");
    Evidence ev = new Evidence("Japan and South Korea held talks.", 0, 0, 33, "held talks");
    return new Event(
        id,
        "a1",
        PloverType.CONSULT,
        full ? "meet" : null,
        full ? List.of("diplomatic") : List.of(),
        "040",
        1.0,
        1,
        List.of(japan),
        full ? List.of(korea) : List.of(),
        full ? "2024-05" : null,
        full ? DatePrecision.MONTH : null,
        full ? "in May" : null,
        full,
        full ? new Location("Tokyo", "JPN", "Tokyo", 35.68, 139.69, "1850147", "city") : null,
        Modality.ASSERTED,
        full ? List.of(korea) : List.of(),
        !full,
        full ? List.of(new SanctionFlag("UNSC-1718", "arms", "UNSCR 1718 OP 8")) : List.of(),
        ev,
        full ? List.of(ev) : List.of(),
        null);
  }
}
