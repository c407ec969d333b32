package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventwire.coding.ActSubcodes.Family;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

class ActSubcodesTest {

  private final ActSubcodes subcodes = ActSubcodes.loadDefault();

  @Test
  void eachFamilyTakesTheSecondLevelOfTheActItIsAbout() {
    assertThat(subcodes.of(Family.APPEAL, "072")).contains("0232");
    assertThat(subcodes.of(Family.DEMAND, "0841")).contains("1053");
    assertThat(subcodes.of(Family.PROMISE, "0874")).contains("0356");
    assertThat(subcodes.of(Family.REFUSAL, "061")).contains("1211");
    assertThat(subcodes.of(Family.THREAT, "191")).contains("1381");
    assertThat(subcodes.of(Family.PROMISE, "046")).contains("036");
    assertThat(subcodes.of(Family.PROMISE, "045")).contains("039");
  }

  @Test
  void anActWithoutARowOrWithoutThatFamilyGivesNothing() {
    assertThat(subcodes.of(Family.APPEAL, "190")).isEmpty();
    assertThat(subcodes.of(Family.THREAT, "045")).isEmpty();
    assertThat(subcodes.of(Family.PROMISE, null)).isEmpty();
  }

  @Test
  void everyCodeInTheFileStaysInItsFamilysCameoRoot() throws IOException {
    Map<Family, String> roots =
        Map.of(
            Family.APPEAL, "02",
            Family.DEMAND, "10",
            Family.PROMISE, "03",
            Family.REFUSAL, "12",
            Family.THREAT, "13");
    List<String> lines =
        Files.readAllLines(
            Path.of("src/main/resources/" + ActSubcodes.RESOURCE),
            java.nio.charset.StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.startsWith("#") || line.startsWith("act\t") || line.isBlank()) {
        continue;
      }
      String act = line.split("\t")[0];
      for (Family f : Family.values()) {
        Optional<String> code = subcodes.of(f, act);
        code.ifPresent(c -> assertThat(c).as(act + " " + f).startsWith(roots.get(f)));
      }
    }
  }

  @Test
  void anEventWithItsFamilysGeneralCodeTakesTheSubcodeOfItsActAndASpecificOneKeepsItsOwn() {
    assertThat(subcodes.refined(PloverType.REQUEST, "020", "0841")).contains("0253");
    assertThat(subcodes.refined(PloverType.REQUEST, "100", "073")).contains("1033");
    assertThat(subcodes.refined(PloverType.AGREE, "030", "085")).contains("0354");
    assertThat(subcodes.refined(PloverType.REJECT, "120", "0841")).contains("1243");
    assertThat(subcodes.refined(PloverType.THREATEN, "130", "163")).contains("1312");
    assertThat(subcodes.refined(PloverType.REQUEST, "026", "073")).isEmpty();
    assertThat(subcodes.refined(PloverType.REQUEST, "020", "190")).isEmpty();
    assertThat(subcodes.refined(PloverType.ACCUSE, "112", "190")).isEmpty();
    assertThat(subcodes.refined(PloverType.REQUEST, "020", null)).isEmpty();
  }

  @Test
  void aBadCodeIsReportedWithItsFileAndLine() {
    String text = "act\tappeal\tdemand\tpromise\trefusal\tthreat\tnote\n07\t23x\t-\t-\t-\t-\taid\n";
    assertThatThrownBy(() -> ActSubcodes.load(new StringReader(text), "mine.tsv"))
        .hasMessageContaining("mine.tsv:2")
        .hasMessageContaining("23x");
  }
}
