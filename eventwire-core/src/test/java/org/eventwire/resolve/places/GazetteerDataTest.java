package org.eventwire.resolve.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Checks the shipped gazetteer files against public facts and their own format rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GazetteerDataTest {

  /** The 193 UN member states (ISO 3166-1 alpha-3), as listed by the United Nations. */
  private static final Set<String> UN_MEMBERS =
      Set.of(
          "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
          "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
          "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
          "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
          "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
          "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
          "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
          "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
          "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR",
          "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN",
          "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS",
          "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
          "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
          "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
          "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE");

  /** A sample of capitals by name (public facts; GeoNames spellings). */
  private static final Map<String, String> SOME_CAPITALS =
      Map.of(
          "PRK", "Pyongyang",
          "KOR", "Seoul",
          "RUS", "Moscow",
          "UKR", "Kyiv",
          "GEO", "Tbilisi",
          "ISR", "Jerusalem",
          "LBY", "Tripoli",
          "LBN", "Beirut",
          "YEM", "Sanaa",
          "USA", "Washington");

  private Gazetteer gazetteer;
  private long loadMillis;

  @BeforeAll
  void load() {
    long start = System.nanoTime();
    gazetteer = Gazetteer.loadDefault();
    loadMillis = (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void theFactListHoldsTheOneHundredNinetyThreeUnMembers() {
    assertThat(UN_MEMBERS).hasSize(193);
  }

  @Test
  void theShippedGazetteerHoldsAtLeastThirtyThousandPlaces() {
    System.out.printf("gazetteer: %d places loaded in %d ms%n", gazetteer.size(), loadMillis);
    assertThat(gazetteer.size()).isGreaterThanOrEqualTo(30_000);
  }

  @Test
  void everyUnMemberHasACountryEntryAndACapitalInsideIt() {
    List<String> missing = new ArrayList<>();
    for (String iso3 : UN_MEMBERS) {
      boolean ok =
          gazetteer.byId("iso3166-1:" + iso3).isPresent()
              && gazetteer
                  .capitalOf(iso3)
                  .filter(c -> c.country().equals(iso3) && c.kind() == PlaceKind.CITY)
                  .isPresent();
      if (!ok) {
        missing.add(iso3);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void knownCapitalsHaveTheirNames() {
    SOME_CAPITALS.forEach(
        (iso3, name) -> assertThat(gazetteer.capitalOf(iso3).orElseThrow().name()).isEqualTo(name));
  }

  @Test
  void thereAreAtLeastFortyWrittenSitesAndRegionsAllWithValidCoordinates() {
    List<Place> written = new ArrayList<>();
    for (String id : siteIds()) {
      written.add(gazetteer.byId("eventwire-site:" + id).orElseThrow());
    }
    assertThat(written).hasSizeGreaterThanOrEqualTo(40);
    for (Place p : written) {
      assertThat(p.lat()).as(p.name()).isBetween(-90.0, 90.0);
      assertThat(p.lon()).as(p.name()).isBetween(-180.0, 180.0);
      if (p.country() != null) {
        assertThat(p.country()).as(p.name()).matches("[A-Z]{3}");
      }
    }
  }

  @Test
  void aSiteFileWithAWrongHeaderIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("sites.tsv"), "# comment\nid\tname\n");
    assertThatThrownBy(() -> Gazetteer.load(dir)).hasMessageContaining("sites.tsv:2");
  }

  @Test
  void anAliasForAnUnknownPlaceIsRejected(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("aliases.tsv"), "alias\ttarget\tnote\nNowhere\tgeonames:1\tmissing\n");
    assertThatThrownBy(() -> Gazetteer.load(dir)).hasMessageContaining("unknown target");
  }

  @Test
  void aGazetteerCanBeLoadedFromAFolderOfFiles(@TempDir Path dir) throws IOException {
    String places =
        String.join("\t", PlaceFiles.PLACE_COLUMNS)
            + "\n"
            + "geonames:1\tcity\tSpringfield\tSpringfield\tSpringfeld\tUSA\tUS.IL\tIllinois\t39.8"
            + "\t-89.6\t114000\tP.PPLA\t\t\n"
            + "geonames:2\tcity\tSpringfield\tSpringfield\t\tUSA\tUS.MA\tMassachusetts\t42.1"
            + "\t-72.6\t155000\tP.PPL\t\t\n";
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("places.tsv.gz")))) {
      out.write(places.getBytes(StandardCharsets.UTF_8));
    }
    Gazetteer small = Gazetteer.load(dir);
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.resolve("Springfield").orElseThrow().place().admin1())
        .isEqualTo("Massachusetts");
    assertThat(small.resolve("Springfeld").orElseThrow().place().admin1()).isEqualTo("Illinois");
  }

  private static List<String> siteIds() {
    try (var in = GazetteerDataTest.class.getResourceAsStream("/eventwire/places/sites.tsv")) {
      List<String> ids = new ArrayList<>();
      boolean header = true;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        ids.add(line.split("\t")[0]);
      }
      return ids;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
