package org.eventwire.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.store.ArticleMeta;
import org.eventwire.store.Cluster;
import org.eventwire.store.StoredEvent;
import org.eventwire.store.TestEvents;
import org.junit.jupiter.api.Test;

/** The GDELT export spreads a stacked CAMEO actor code over its type and religion columns. */
class GdeltStackedRolesTest {

  private final GdeltRow gdelt = new GdeltRow(FipsCodes.bundled());

  private static String field(List<String> row, String column) {
    return row.get(GdeltRow.COLUMNS.indexOf(column));
  }

  @Test
  void religionGoesToTheReligionColumnsAndOtherRolesToTheTypeColumns() {
    ActorRef brotherhood =
        new ActorRef("the Brotherhood", "Muslim Brotherhood", "EGY", null, "OPP", "EGYOPPMUS");
    ActorRef monitor =
        new ActorRef("a Tunisian rights group", "Tunisia", "TUN", null, "NGO", "TUNNGOHRI");
    Event e =
        TestEvents.event(
            "g1",
            "a",
            PloverType.ACCUSE,
            "112",
            List.of(monitor),
            List.of(brotherhood),
            "2024-02-02",
            Modality.ASSERTED,
            List.of(),
            "The group accused the Brotherhood.");
    List<String> row =
        gdelt.fields(
            new StoredEvent(
                e,
                new Cluster("c1", LocalDate.of(2024, 2, 2), 1, 1, 0),
                new ArticleMeta("a", "EFE", "https://efe.example/a", "t", null, null)));
    assertThat(field(row, "Actor1Code")).isEqualTo("TUNNGOHRI");
    assertThat(field(row, "Actor1Type1Code")).isEqualTo("NGO");
    assertThat(field(row, "Actor1Type2Code")).isEqualTo("HRI");
    assertThat(field(row, "Actor1Religion1Code")).isEmpty();
    assertThat(field(row, "Actor2Type1Code")).isEqualTo("OPP");
    assertThat(field(row, "Actor2Type2Code")).isEmpty();
    assertThat(field(row, "Actor2Religion1Code")).isEqualTo("MUS");
  }
}
