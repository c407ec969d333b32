package org.eventwire.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FipsCodesTest {
  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = FipsCodesTest.class.getResourceAsStream(resource)) {
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }

  private static List<String[]> rows(String resource) throws IOException {
    return lines(resource).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .skip(1)
        .map(l -> l.split("\t", -1))
        .toList();
  }

  @Test
  void theTableHasUniqueIsoKeysAndTwoLetterFipsCodes() throws IOException {
    List<String[]> rows = rows(FipsCodes.RESOURCE);
    Set<String> isos = new HashSet<>();
    for (String[] r : rows) {
      assertThat(r).as(String.join("|", r)).hasSize(3);
      assertThat(isos.add(r[0])).as("%s listed once", r[0]).isTrue();
      assertThat(r[0]).matches("[A-Z]{3}");
      assertThat(r[1]).matches("[A-Z]{2}");
    }
    // FIPS codes are unique too: no two countries share a code
    assertThat(rows.stream().map(r -> r[1]).distinct().count()).isEqualTo(rows.size());
    assertThat(FipsCodes.bundled().byIso3()).hasSize(rows.size());
  }

  @Test
  void knownPairsDifferFromIsoWhereGdeltDoes() {
    FipsCodes fips = FipsCodes.bundled();
    assertThat(fips.of("KOR")).isEqualTo("KS");
    assertThat(fips.of("PRK")).isEqualTo("KN");
    assertThat(fips.of("DEU")).isEqualTo("GM");
    assertThat(fips.of("GBR")).isEqualTo("UK");
    assertThat(fips.of("CHN")).isEqualTo("CH");
    assertThat(fips.of("RUS")).isEqualTo("RS");
    assertThat(fips.of("JPN")).isEqualTo("JA");
    assertThat(fips.of("ISR")).isEqualTo("IS");
    assertThat(fips.of("USA")).isEqualTo("US");
    assertThat(fips.of("XKX")).isEqualTo("KV");
    assertThat(fips.of("ALA")).isEmpty();
    assertThat(fips.of(null)).isEmpty();
  }

  @Test
  void everyCountryOfTheActorKnowledgeBaseHasACode() throws IOException {
    Set<String> known =
        lines("/eventwire/actors/countries.tsv").stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("iso3\t"))
            .map(l -> l.split("\t")[0])
            .collect(Collectors.toSet());
    FipsCodes fips = FipsCodes.bundled();
    assertThat(known).hasSizeGreaterThan(190);
    assertThat(known.stream().filter(c -> fips.of(c).isEmpty())).isEmpty();
  }

  @Test
  void aBadOrRepeatedRowIsRefusedWithItsLine() {
    assertThatThrownBy(() -> FipsCodes.parse(List.of("iso3\tfips\tname", "KOR\tKOR\tx"), "t.tsv"))
        .hasMessageContaining("t.tsv:2");
    assertThatThrownBy(() -> FipsCodes.parse(List.of("KOR\tKS\ta", "KOR\tKN\tb"), "t.tsv"))
        .hasMessageContaining("t.tsv:2: KOR is listed twice");
  }
}
