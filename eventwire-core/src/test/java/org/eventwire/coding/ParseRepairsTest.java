package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.ParsedSentence;
import org.junit.jupiter.api.Test;

class ParseRepairsTest {
  private final ParseRepairs repairs = new ParseRepairs(ClaimCues.loadDefault());

  private static ParsedSentence sentence(String tokens, String... edges) {
    return TestSentences.sentence(tokens, edges);
  }

  private static String headOf(ParsedSentence s, int dep) {
    return s.basic().stream()
        .filter(d -> d.dependent() == dep)
        .map(d -> d.governor() + ":" + d.relation())
        .findFirst()
        .orElse("none");
  }

  @Test
  void aBareParticipleUnderAVerbWithoutObjectGivesItsSubjectToThatVerb() {
    // Israel freed the mayor jailed last year : freed -ccomp-> jailed -nsubj-> mayor
    ParsedSentence s =
        sentence(
            "Israel/Israel/NNP freed/free/VBD the/the/DT mayor/mayor/NN jailed/jail/VBN",
            "-1>1:root",
            "1>0:nsubj",
            "1>4:ccomp",
            "4>3:nsubj",
            "3>2:det");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 3)).isEqualTo("1:obj");
    assertThat(headOf(r, 4)).isEqualTo("3:acl");
    assertThat(r.enhanced()).contains(new Dependency(1, 3, "obj"), new Dependency(3, 4, "acl"));
    assertThat(headOf(s, 3)).as("the input is not changed").isEqualTo("4:nsubj");
  }

  @Test
  void aBareParticipleParsedAsClausalSubjectGivesItsSubjectToThePassiveVerb() {
    // The sailors detained were freed : freed -csubj:pass-> detained -nsubj-> sailors
    ParsedSentence s =
        sentence(
            "The/the/DT sailors/sailor/NNS detained/detain/VBN were/be/VBD freed/free/VBN",
            "-1>4:root",
            "4>2:csubj:pass",
            "2>1:nsubj",
            "1>0:det",
            "4>3:aux:pass");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 1)).isEqualTo("4:nsubj:pass");
    assertThat(headOf(r, 2)).isEqualTo("1:acl");
  }

  @Test
  void aParticipleWithAnAuxiliaryIsARealComplementClause() {
    // Officials said the mayor was jailed : said -ccomp-> jailed (aux:pass was)
    ParsedSentence s =
        sentence(
            "Officials/official/NNS said/say/VBD the/the/DT mayor/mayor/NN was/be/VBD"
                + " jailed/jail/VBN",
            "-1>1:root",
            "1>0:nsubj",
            "1>5:ccomp",
            "5>3:nsubj:pass",
            "5>4:aux:pass",
            "3>2:det");
    assertThat(repairs.repair(s)).isEqualTo(s);
  }

  /**
   * "Cairo VERB SUBJECT would free prisoners" parsed with VERB as an adverbial clause under "free":
   * free -advcl-> VERB, SUBJECT the subject of "free".
   */
  private static ParsedSentence cairoVerbsThatSubjectWouldFree(String verb, String subject) {
    return sentence(
        "Cairo/Cairo/NNP "
            + verb
            + " "
            + subject
            + " would/would/MD free/free/VB"
            + " prisoners/prisoner/NNS",
        "-1>4:root",
        "4>1:advcl",
        "1>0:nsubj",
        "4>2:nsubj",
        "4>3:aux",
        "4>5:obj");
  }

  @Test
  void aReportingVerbParsedAsAdverbialClauseGovernsTheClauseAfterIt() {
    ParsedSentence s = cairoVerbsThatSubjectWouldFree("announced/announce/VBD", "it/it/PRP");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 1)).isEqualTo("-1:root");
    assertThat(headOf(r, 4)).isEqualTo("1:ccomp");
  }

  @Test
  void anAdverbialClauseWithANounSubjectIsLeftAlone() {
    // the clause has its own named subject
    ParsedSentence s = cairoVerbsThatSubjectWouldFree("announced/announce/VBD", "troops/troop/NNS");
    assertThat(repairs.repair(s)).isEqualTo(s);
  }

  @Test
  void aVerbThatIsNoClaimCueIsNotMadeAReportingClause() {
    ParsedSentence s = cairoVerbsThatSubjectWouldFree("waited/wait/VBD", "it/it/PRP");
    assertThat(repairs.repair(s)).isEqualTo(s);
  }

  @Test
  void aReportingVerbParsedAsTheSubjectOfAFollowingPassiveGovernsIt() {
    // Oman said a drone was shot : shot -csubj:pass-> said -obj-> drone
    ParsedSentence s =
        sentence(
            "Oman/Oman/NNP said/say/VBD a/a/DT drone/drone/NN was/be/VBD shot/shoot/VBN",
            "-1>5:root",
            "5>1:csubj:pass",
            "1>0:nsubj",
            "1>3:obj",
            "3>2:det",
            "5>4:aux:pass");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 1)).isEqualTo("-1:root");
    assertThat(headOf(r, 5)).isEqualTo("1:ccomp");
    assertThat(headOf(r, 3)).isEqualTo("5:nsubj:pass");
    assertThat(r.enhanced()).contains(new Dependency(5, 3, "nsubj:pass"));
  }

  @Test
  void aReportingVerbParsedAsTheSubjectOfAFollowingModalClauseGovernsIt() {
    // Oman said Iran would face sanctions : face -csubj-> said -obj-> Iran, face -aux-> would
    ParsedSentence s =
        sentence(
            "Oman/Oman/NNP said/say/VBD Iran/Iran/NNP would/would/MD face/face/VB"
                + " sanctions/sanction/NNS",
            "-1>4:root",
            "4>1:csubj",
            "1>0:nsubj",
            "1>2:obj",
            "4>3:aux",
            "4>5:obj");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 1)).isEqualTo("-1:root");
    assertThat(headOf(r, 4)).isEqualTo("1:ccomp");
    assertThat(headOf(r, 2)).isEqualTo("4:nsubj");
  }

  @Test
  void aVerbThatReportsNothingStaysTheClausalSubject() {
    // Eating a meal was forbidden : forbidden -csubj:pass-> eating -obj-> meal
    ParsedSentence s =
        sentence(
            "Eating/eat/VBG a/a/DT meal/meal/NN was/be/VBD forbidden/forbid/VBN",
            "-1>4:root",
            "4>0:csubj:pass",
            "0>2:obj",
            "2>1:det",
            "4>3:aux:pass");
    assertThat(repairs.repair(s)).isEqualTo(s);
  }

  @Test
  void aModalVerbAfterAReportingVerbsObjectIsItsClauseWithThatSubject() {
    // Oman said Iran should leave : said -obj-> Iran, said -dep-> leave -aux-> should
    ParsedSentence s =
        sentence(
            "Oman/Oman/NNP said/say/VBD Iran/Iran/NNP should/should/MD leave/leave/VB",
            "-1>1:root",
            "1>0:nsubj",
            "1>2:obj",
            "1>4:dep",
            "4>3:aux");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 4)).isEqualTo("1:ccomp");
    assertThat(headOf(r, 2)).isEqualTo("4:nsubj");
  }

  @Test
  void aClauseWhosePronounSubjectFollowsTheObjectIsARelativeClauseOnIt() {
    // lifted the sanctions it imposed on Iran : lifted -parataxis-> imposed -nsubj-> it
    ParsedSentence s =
        sentence(
            "Rome/Rome/NNP lifted/lift/VBD sanctions/sanction/NNS it/it/PRP imposed/impose/VBD"
                + " on/on/IN Iran/Iran/NNP",
            "-1>1:root",
            "1>0:nsubj",
            "1>2:obj",
            "1>4:parataxis",
            "4>3:nsubj",
            "4>6:obl:on",
            "6>5:case");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 4)).isEqualTo("2:acl:relcl");
    assertThat(headOf(s, 4)).as("the input is not changed").isEqualTo("1:parataxis");
  }

  @Test
  void aClauseWithAModalAfterAnObjectStaysAClauseOfItsOwn() {
    // told Chile it would respond : a reported clause, not a relative one
    ParsedSentence s =
        sentence(
            "Peru/Peru/NNP told/tell/VBD Chile/Chile/NNP it/it/PRP would/would/MD"
                + " respond/respond/VB",
            "-1>1:root",
            "1>0:nsubj",
            "1>2:obj",
            "1>5:parataxis",
            "5>3:nsubj",
            "5>4:aux");
    assertThat(headOf(repairs.repair(s), 5)).isEqualTo("1:parataxis");
  }

  @Test
  void aCueVerbConjoinedToAReportedClauseAboutAThingIsTheSpeakersSecondAct() {
    // Lima said the fines were unfair and vowed to respond : vowed -conj-> under unfair
    ParsedSentence s =
        sentence(
            "Lima/Lima/NNP said/say/VBD fines/fine/NNS were/be/VBD unfair/unfair/JJ and/and/CC"
                + " vowed/vow/VBD to/to/TO respond/respond/VB",
            "-1>1:root",
            "1>0:nsubj",
            "1>4:ccomp",
            "4>2:nsubj",
            "4>3:cop",
            "4>6:conj:and",
            "6>5:cc",
            "6>8:xcomp",
            "8>7:mark");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 6)).isEqualTo("1:conj:and");
    assertThat(r.enhanced()).contains(new Dependency(6, 0, "nsubj"));
  }

  @Test
  void aBareParticipleHungAsDependentAfterANounModifiesThatNoun() {
    // hit by cannon fired by a vessel : hit -dep-> fired
    ParsedSentence s =
        sentence(
            "boat/boat/NN was/be/VBD hit/hit/VBN by/by/IN cannon/cannon/NN fired/fire/VBN"
                + " by/by/IN vessel/vessel/NN",
            "-1>2:root",
            "2>0:nsubj:pass",
            "2>1:aux:pass",
            "2>4:obl:agent",
            "4>3:case",
            "2>5:dep",
            "5>7:obl:by",
            "7>6:case");
    assertThat(headOf(repairs.repair(s), 5)).isEqualTo("4:acl");
  }

  @Test
  void aVerbWithARelativeSubjectHungAsDependentOfANounIsARelativeClauseOnIt() {
    // Sanchez, who arrived in Rabat, ... : Sanchez -dep-> arrived -nsubj-> who
    ParsedSentence s =
        sentence(
            "Sanchez/Sanchez/NNP ,/,/, who/who/WP arrived/arrive/VBD in/in/IN Rabat/Rabat/NNP",
            "-1>0:root",
            "0>1:punct",
            "0>3:dep",
            "3>2:nsubj",
            "3>5:obl:in",
            "5>4:case");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 3)).isEqualTo("0:acl:relcl");
    assertThat(r.enhanced()).contains(new Dependency(3, 0, "nsubj"));
  }

  @Test
  void aBareParticipleHungAsDependentWithASubjectGivesItsSubjectToTheVerbAsObject() {
    // denouncing the drill staged by marines : denouncing -dep-> staged -nsubj-> drill
    ParsedSentence s =
        sentence(
            "denouncing/denounce/VBG the/the/DT drill/drill/NN staged/stage/VBN by/by/IN"
                + " marines/marine/NNS",
            "-1>0:root",
            "0>3:dep",
            "3>2:nsubj",
            "2>1:det",
            "3>5:obl:by",
            "5>4:case");
    ParsedSentence r = repairs.repair(s);
    assertThat(headOf(r, 2)).isEqualTo("0:obj");
    assertThat(headOf(r, 3)).isEqualTo("2:acl");
  }
}
