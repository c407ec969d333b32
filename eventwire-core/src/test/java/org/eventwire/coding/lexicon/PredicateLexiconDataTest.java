package org.eventwire.coding.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.coding.lexicon.PredicateEntry.Pos;
import org.eventwire.model.PloverType;
import org.junit.jupiter.api.Test;

/** Checks the shipped predicates.tsv as data: coverage, consistency, and spot meanings. */
class PredicateLexiconDataTest {

  /**
   * CAMEO codes used on purpose with a PLOVER type other than the 2021 conversion table's, each
   * because the PLOVER manual's own text says otherwise.
   */
  private static final Map<String, PloverType> DELIBERATE_EXCEPTIONS =
      Map.of(
          // Table: 163 impose embargo/sanctions -> COERCE. Manual, SANCTION 'discontinue':
          // international sanctions are SANCTION; the seed gold codes them SANCTION.
          "163", PloverType.SANCTION,
          // Table: 055 apologise -> SUPPORT. Manual, CONCEDE: expressions of regret are CONCEDE.
          "055", PloverType.CONCEDE,
          // Table: 0831 accede to leadership change -> CONCEDE. Manual, RETREAT: resignations
          // of officials are RETREAT (mode 'resign').
          "0831", PloverType.RETREAT,
          // Table: 116 find guilty -> ACCUSE. Manual, SANCTION mode 'convict' covers convictions
          // and court-ordered penalties.
          "116", PloverType.SANCTION);

  private final PloverTypes types = PloverTypes.loadDefault();
  private final PredicateLexicon lexicon = PredicateLexicon.loadDefault();

  @Test
  void theDefaultFileLoadsWithEveryModeAndContextAllowed() {
    assertThat(lexicon.size()).isGreaterThan(570);
    for (PredicateEntry entry : lexicon.entries()) {
      assertThat(types.problem(entry)).as("line " + entry.line()).isEmpty();
    }
  }

  @Test
  void thereAreAtLeast450VerbRowsAnd120NounRows() {
    assertThat(lexicon.entries().stream().filter(e -> e.pos() == Pos.VERB).count())
        .isGreaterThanOrEqualTo(450);
    assertThat(lexicon.entries().stream().filter(e -> e.pos() == Pos.NOUN).count())
        .isGreaterThanOrEqualTo(120);
  }

  @Test
  void everyPloverTypeHasAtLeastFifteenRows() {
    Map<PloverType, Integer> counts = new HashMap<>();
    lexicon.entries().forEach(e -> counts.merge(e.type(), 1, Integer::sum));
    for (PloverType type : PloverType.values()) {
      assertThat(counts.getOrDefault(type, 0)).as(type.name()).isGreaterThanOrEqualTo(15);
    }
  }

  @Test
  void noTwoRowsShareLemmaPosParticleAndObjects() {
    Map<String, Integer> seen = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (PredicateEntry e : lexicon.entries()) {
      String key =
          e.lemma()
              + "/"
              + e.pos()
              + "/"
              + e.particle()
              + "/"
              + new java.util.TreeSet<>(e.objects());
      Integer earlier = seen.putIfAbsent(key, e.line());
      if (earlier != null) {
        duplicates.add(key + " at lines " + earlier + " and " + e.line());
      }
    }
    assertThat(duplicates).isEmpty();
  }

  @Test
  void noObjectLemmaIsClaimedByTwoRowsOfTheSameLemmaAndParticle() {
    Map<String, Integer> seen = new HashMap<>();
    List<String> overlaps = new ArrayList<>();
    for (PredicateEntry e : lexicon.entries()) {
      for (String object : e.objects()) {
        String key = e.lemma() + "/" + e.pos() + "/" + e.particle() + "/" + object;
        Integer earlier = seen.putIfAbsent(key, e.line());
        if (earlier != null) {
          overlaps.add(key + " at lines " + earlier + " and " + e.line());
        }
      }
    }
    assertThat(overlaps).isEmpty();
  }

  @Test
  void sayVerbsAreNotEvents() {
    for (String verb : List.of("say", "tell", "report", "state", "announce", "add", "note")) {
      assertThat(lexicon.verb(verb)).as(verb).isEmpty();
    }
  }

  @Test
  void everyCameoCodeMapsToItsRowsTypeInTheConversionTable() throws IOException {
    Path table = sharedTable();
    Map<String, PloverType> mapping = readTable(table);
    List<String> problems = new ArrayList<>();
    for (PredicateEntry e : lexicon.entries()) {
      PloverType mapped = mapping.get(e.cameo());
      if (mapped == null && isAppeal(e)) {
        continue; // CAMEO 02 APPEAL: PLOVER folded it into REQUEST, so the table leaves it out
      }
      if (mapped == null && isEmpatheticComment(e)) {
        continue; // CAMEO 018: PLOVER has no statement type; sympathy is coded as SUPPORT
      }
      if (mapped == null) {
        problems.add("line " + e.line() + ": cameo " + e.cameo() + " is not in the table");
      } else if (mapped != e.type() && DELIBERATE_EXCEPTIONS.get(e.cameo()) != e.type()) {
        problems.add(
            "line "
                + e.line()
                + ": cameo "
                + e.cameo()
                + " is "
                + mapped
                + ", row says "
                + e.type());
      }
    }
    assertThat(problems).isEmpty();
  }

  /** CAMEO's APPEAL family (020 to 028 and their four-digit codes), coded as REQUEST. */
  private static boolean isAppeal(PredicateEntry e) {
    return e.type() == PloverType.REQUEST && e.cameo().matches("02[0-8]\\d?");
  }

  /** CAMEO 018 (empathetic comment: sympathy, condolences), coded as SUPPORT. */
  private static boolean isEmpatheticComment(PredicateEntry e) {
    return e.type() == PloverType.SUPPORT && e.cameo().equals("018");
  }

  @Test
  void condolencesAreAnEmpatheticCommentAndPraiseStaysSupport() {
    assertThat(lexicon.bestVerb("express", null, "condolence").orElseThrow().cameo())
        .isEqualTo("018");
    assertThat(lexicon.bestNoun("condolence", null).orElseThrow().cameo()).isEqualTo("018");
    assertThat(lexicon.bestVerb("express", null, "support").orElseThrow().cameo()).isEqualTo("051");
  }

  @Test
  void appealsAndDemandsKeepTheirCameoFamilies() {
    assertThat(lexicon.bestVerb("urge", null, null).orElseThrow().cameo()).startsWith("02");
    assertThat(lexicon.bestVerb("demand", null, null).orElseThrow().cameo()).startsWith("10");
  }

  @Test
  void eachDeliberateExceptionReallyDiffersFromTheTable() throws IOException {
    Map<String, PloverType> mapping = readTable(sharedTable());
    DELIBERATE_EXCEPTIONS.forEach(
        (code, type) -> assertThat(mapping.get(code)).as(code).isNotNull().isNotEqualTo(type));
  }

  @Test
  void lightVerbsTakeTheirMeaningFromTheObject() {
    assertThat(lexicon.bestVerb("hold", null, "summit"))
        .map(PredicateEntry::type)
        .contains(PloverType.CONSULT);
    assertThat(lexicon.bestVerb("hold", null, "city")).isEmpty();
    assertThat(lexicon.bestVerb("impose", null, "sanction"))
        .map(PredicateEntry::type)
        .contains(PloverType.SANCTION);
    assertThat(lexicon.bestVerb("open", null, "fire"))
        .map(PredicateEntry::type)
        .contains(PloverType.ASSAULT);
  }

  @Test
  void launchesAreMobilizeWithoutRecipientButLaunchedAttacksAreAssault() {
    PredicateEntry missile = lexicon.bestVerb("launch", null, "missile").orElseThrow();
    assertThat(missile.type()).isEqualTo(PloverType.MOBILIZE);
    assertThat(missile.takesRecipient()).isFalse();
    assertThat(lexicon.bestVerb("launch", null, "satellite"))
        .map(PredicateEntry::type)
        .contains(PloverType.MOBILIZE);
    assertThat(lexicon.bestVerb("launch", null, "offensive"))
        .map(PredicateEntry::type)
        .contains(PloverType.ASSAULT);
  }

  @Test
  void armsTransfersAreMilitaryAidAndWorkersAreCooperation() {
    PredicateEntry artillery = lexicon.bestVerb("deliver", null, "round").orElseThrow();
    assertThat(artillery.type()).isEqualTo(PloverType.AID);
    assertThat(artillery.mode()).isEqualTo("military");
    assertThat(lexicon.bestVerb("send", null, "food").map(PredicateEntry::mode))
        .contains("humanitarian");
    assertThat(lexicon.bestVerb("send", null, "worker").map(PredicateEntry::type))
        .contains(PloverType.COOPERATE);
    assertThat(lexicon.bestVerb("advise", null, null).map(PredicateEntry::type))
        .contains(PloverType.AID);
  }

  @Test
  void signingIsSupportAndPromisingIsAgree() {
    assertThat(lexicon.bestVerb("sign", null, "protocol").map(PredicateEntry::type))
        .contains(PloverType.SUPPORT);
    assertThat(lexicon.bestVerb("sign", null, null).map(PredicateEntry::mode)).contains("sign");
    assertThat(lexicon.bestVerb("promise", null, null).map(PredicateEntry::type))
        .contains(PloverType.AGREE);
  }

  @Test
  void phrasalVerbsNeedTheirParticle() {
    assertThat(lexicon.bestVerb("pull", "out", null).map(PredicateEntry::type))
        .contains(PloverType.RETREAT);
    assertThat(lexicon.bestVerb("pull", null, null)).isEmpty();
    assertThat(lexicon.bestVerb("step", "down", null).map(PredicateEntry::mode)).contains("resign");
    assertThat(lexicon.bestVerb("crack", "down", null).map(PredicateEntry::type))
        .contains(PloverType.COERCE);
    assertThat(lexicon.bestVerb("shoot", "down", "proposal").map(PredicateEntry::type))
        .contains(PloverType.REJECT);
    assertThat(lexicon.bestVerb("shoot", "down", "drone").map(PredicateEntry::type))
        .contains(PloverType.ASSAULT);
  }

  @Test
  void eventiveNounsCarryTheirRecipientPrepositions() {
    assertThat(lexicon.noun("summit").get(0).recipientSlots()).containsExactly("with", "between");
    assertThat(lexicon.noun("sanction").get(0).recipientSlots()).containsExactly("on", "against");
    assertThat(lexicon.noun("invasion").get(0).recipientSlots()).containsExactly("of");
    assertThat(lexicon.noun("visit").get(0).recipientSlots()).containsExactly("to");
    assertThat(lexicon.bestNoun("strike", "hunger").map(PredicateEntry::type))
        .contains(PloverType.PROTEST);
  }

  private static Path sharedTable() {
    String shared = System.getProperty("eventwire.shared");
    assumeTrue(shared != null, "eventwire.shared is not set");
    Path table = Path.of(shared, "eval", "cameo-to-plover-2021.txt");
    assumeTrue(Files.isRegularFile(table), "no CAMEO->PLOVER table at " + table);
    return table;
  }

  /** Reads "code: TYPE, mode, contexts # text" lines; the first mapping of a code wins. */
  private static Map<String, PloverType> readTable(Path table) throws IOException {
    Pattern line = Pattern.compile("^(\\d{3,4}):\\s*([A-Z]+)");
    Map<String, PloverType> mapping = new HashMap<>();
    for (String text : Files.readAllLines(table, StandardCharsets.UTF_8)) {
      Matcher m = line.matcher(text);
      if (m.find()) {
        mapping.putIfAbsent(m.group(1), PloverType.valueOf(m.group(2)));
      }
    }
    return mapping;
  }
}
