package org.eventwire.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.Event;
import org.eventwire.testing.EventExpectation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules added for recall on unseen copy (issue 3), on sentences we wrote, through the real
 * CoreNLP pipeline (see {@link CoderIT}).
 */
class RecallRulesIT {

  @BeforeAll
  static void loadPipeline() {
    CoderIT.loadPipeline();
  }

  @ParameterizedTest(name = "{1} from: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the noun a participle modifies is no actor: the subject of its verb is
        "Brazil's Senate adopted a motion condemning Venezuela.|ACCUSE BRA→VEN",
        // calling an act something unlawful is criticism of whoever did it
        "Chile closed its border with Bolivia on Monday. Bolivia's foreign minister called the"
            + " closure illegal.|ACCUSE BOL→CHL",
        "Moscow called the expulsion of its diplomats a hostile act.|ACCUSE RUS",
        // ramming a boat is force; people handed back are released; staff pulled out of a
        // country reduce relations with it
        "A Chinese coast guard ship rammed a Philippine supply boat on Monday.|ASSAULT CHN→PHL",
        "Ukraine handed back 40 Russian soldiers to Russia on Friday.|RETREAT UKR→RUS",
        "Germany is pulling its embassy staff out of Niger.|SANCTION DEU→NER",
        // "opening fire" is a verb and its object, whatever the tagger says
        "Kabul accused Iranian guards of opening fire first on Afghan traders.|ASSAULT IRN→AFG"
            + " alleged",
        // "the two countries' chiefs" are both governments
        "Peru and Chile signed a fisheries accord on Monday. The two countries' foreign chiefs"
            + " spoke by telephone on Tuesday.|CONSULT PER,CHL",
        // "the government" in a clause a state's minister reports is that state's
        "Peru's justice minister announced that the government would appeal to Chile's Supreme"
            + " Court.|REQUEST PER",
        // a reaction to a thing someone made is aimed at its maker
        "Pyongyang rejected the resolution drafted by the European Union.|REJECT PRK→IGO:EU",
        // an envoy summoned to hear a demand: the summoner demands, of the envoy's state
        "Ghana's foreign ministry summoned Togo's ambassador on Monday to demand the release of"
            + " the fishermen.|REQUEST GHA→TGO",
        // what a rejected accusation says is denied
        "Russia rejected the accusation that its troops had shelled the village.|ASSAULT RUS"
            + " denied",
        // "his party" after a titled person is that person's side, not the speaker's
        "An exiled Eritrean opposition leader was shot dead in Kampala, Ugandan police said, and"
            + " his party accused Eritrea's intelligence service of ordering the killing.|ACCUSE"
            + " ERI→ERI",
        // a country's own rights group accusing unnamed security forces accuses its state's
        "A Tunisian rights group accused security forces on Friday of abusing migrants.|ACCUSE"
            + " TUN→TUN",
        // officers and agents released or handed over are freed captives
        "In return, Benin released three Nigerien security agents.|RETREAT BEN→NER",
        "Niger handed over four Beninese customs officers to Benin on Friday.|RETREAT NER→BEN",
        // soldiers a state's army arrests with no nationality named are its own
        "The Gambian army arrested eleven soldiers at the barracks on Friday.|COERCE GMB→GMB",
        // companies and gunboats moved to an area are a deployment
        "Guatemala moved two infantry companies and several gunboats to the river on"
            + " Wednesday.|MOBILIZE GTM",
        // reservists called up and units put on alert mobilise forces
        "Belize called up 300 army reservists on Thursday.|MOBILIZE BLZ",
        "Units of the Sudanese army were put on a higher state of readiness.|MOBILIZE SDN",
        // concern over "the incident" is aimed at whoever caused it
        "An Israeli shell hit a UN post near Tyre on Thursday. Seoul's foreign ministry expressed"
            + " deep concern over the incident.|ACCUSE KOR→ISR",
        // a thing owned through "whose" is its owner's
        "Tehran named the three Iranian fishermen whose boat was rammed by a Kuwaiti patrol"
            + " vessel.|ASSAULT KWT→IRN",
        // the border closed "with" a neighbour is closed to it
        "Thailand closed its border with Cambodia on Sunday.|COERCE THA→KHM",
        // ordering an envoy out of the country expels them
        "Ghana ordered two Togolese diplomats to leave the country within 48 hours.|SANCTION"
            + " GHA→TGO",
        // a past verb after "to leave ... and" is the finite verb's second act
        "Mali on Monday ordered the French ambassador to leave within three days and banned"
            + " five French officials from entering the country.|COERCE MLI→FRA",
        // a boarded ship is its flag state's
        "Swedish coast guard officers boarded a Panama-flagged tanker on Monday.|COERCE SWE→PAN",
        // people "of the bloc" speak for the bloc in play; "the council's leader" is the council's
        // country's
        "ECOWAS suspended Niger on Sunday. Leaders of the bloc condemned the coup on Monday.|ACCUSE"
            + " IGO:ECOWAS",
        // the act someone is "accused of" is his, and the unattributed accusation is no event
        "Ugandan police arrested a Congolese militia leader accused of ordering the killing of"
            + " villagers.|ASSAULT COD alleged",
        // "condemned the move" with no hostile act before it answers the article's news
        "Peru recognised Western Sahara on Monday. Morocco condemned the move on Tuesday.|ACCUSE"
            + " MAR→PER",
        // a called-off visit is aimed at its host
        "Ankara called off a visit to Vienna that its foreign minister had planned.|REJECT"
            + " TUR→AUT",
        // a shell or bomb exploding at a place strikes whoever is there
        "A rocket exploded near the Egyptian embassy in Tripoli on Monday.|ASSAULT →EGY",
        // an exchange of fire: all sides act
        "Two villagers were wounded during an exchange of fire between Indian and Pakistani"
            + " troops.|ASSAULT IND,PAK",
        // "the defense ministry" after "Seoul's foreign ministry" is Seoul's, not the latest army's
        "South Korea's foreign ministry condemned the shelling on Monday. Israeli forces fired"
            + " on the area again on Tuesday. The defense ministry ordered its troops to stay in"
            + " their bunkers.|REQUEST KOR",
        // a bare participle with a subject and a by-phrase is a passive: the talks were mediated
        "Ukraine freed two Russian soldiers on Monday after talks mediated by the United Arab"
            + " Emirates.|CONSULT ARE→UKR",
        // a body's name the parser split, with a "Moscow-led" in front: the body, not Moscow
        "Kazakhstan asked the Moscow-led Collective Security Treaty Organization to send"
            + " peacekeepers.|REQUEST KAZ→IGO:CSTO",
        // "warning shots" is a noun compound, not a warning; a party's word makes it alleged
        "A Chinese coast guard vessel fired warning shots at a Philippine supply boat, Manila"
            + " said.|ASSAULT CHN→PHL alleged",
        // "he" with no person named is the latest titled person's side
        "A spokesman for the Foreign Ministry of Iran denounced the agreement on Monday. He urged"
            + " Azerbaijan to reject the pact.|REQUEST IRN→AZE",
        // "two days after X": X is dated from the clause it hangs on
        "ECOWAS suspended Guinea on Friday, two days after soldiers detained the president in"
            + " Conakry.|COERCE GIN on 2023-03-15",
        // not ruling out a hostile option is a veiled threat, not a negated refusal
        "Egypt said on Monday it would not rule out military action against Ethiopia.|THREATEN"
            + " EGY",
        // an against-phrase the parser hangs on another phrase of the verb
        "Canada filed a complaint at the World Trade Organization against China over canola"
            + " duties.|ACCUSE CAN→CHN",
        // "what it called X" stands for X: the namer is neither X's target nor its owner
        "China condemned what it called a provocation by the Philippines.|ACCUSE CHN→PHL",
        // a passive attack with no agent was carried out from where it was fired
        "Two rockets were fired from Lebanon at northern Israel overnight.|ASSAULT LBN→ISR",
        // an object pronoun in a reported clause is the speaker; the speaker accuses
        "Jordan said a rocket was fired at it from Syria on Monday.|ASSAULT SYR→JOR",
        "Jordan said a rocket was fired at it from Syria on Monday.|ACCUSE JOR→SYR",
        // a time phrase with the recipient's preposition does not hide the recipient
        "The UN Security Council on Friday extended an arms embargo on Libya.|SANCTION →LBY",
        // a claim that a party did what a sanctions measure forbids is an accusation
        "Seoul said Pyongyang had shipped artillery shells to Russia.|ACCUSE KOR→PRK",
        // attending a state occasion abroad is a visit to its host or to the one it honours
        "The Argentine president attended the Paris Olympics on Friday.|CONSULT ARG→FRA",
        "The Kenyan president attended the inauguration of the new Ghanaian president.|CONSULT"
            + " KEN→GHA",
        // a protest named by who gathers or where they go
        "Thousands of protesters gathered outside the presidential palace in Lima.|PROTEST PER",
        "Thousands of Kenyans took to the streets in Nairobi on Tuesday.|PROTEST KEN",
        // an envoy "to" a capital names the state the recall is aimed at
        "Peru recalled its ambassador to Quito on Monday.|SANCTION PER→ECU",
        // (deployed at the host's request: AID, see below)
        "Chad deployed special forces to Bangui at the request of the government.|AID TCD→CAF",
        // a met party the parser hangs as an indirect object; the host's own envoy is no visitor
        "Deputy Secretary of State Wendy Sherman met Chad's Prime Minister Saleh Kebzabo in"
            + " Washington on Monday.|CONSULT USA→TCD",
        // "the council" is a body in play, but not the clause's own actor
        "The Security Council renewed the arms embargo on Mali on Monday. The African Union urged"
            + " the council to lift it.|REQUEST IGO:AU→IGO:UNSC",
        // an event noun's recipient on the light verb it is the object of
        "Peru said it would take stern countermeasures against Chile.|THREATEN PER→CHL",
        // being willing, ready or prepared to act is announcing it
        "Norway is willing to send peacekeepers to Mali.|AGREE NOR→MLI planned",
        "Iraq said it is prepared to impose martial law.|THREATEN IRQ asserted",
        // what another party says someone must or should do is a demand of them
        "Chile said Peru should withdraw its troops from the border.|REQUEST CHL→PER",
        "Ghana said on Monday that Togo must release the detained fishermen.|REQUEST GHA→TGO",
        // "would respond in kind" announces a tit-for-tat measure: a threat
        "Hungary said it would respond in kind.|THREATEN HUN asserted",
        // a reaction to an act named by a noun targets the act coded from that word
        "Israeli jets carried out air strikes on Gaza on Monday. Hamas fighters seized two Israeli"
            + " soldiers on Tuesday. Egypt condemned the strikes.|ACCUSE EGY→ISR",
        // a ship is its flag state's, also when the tagger took "-flagged" for a verb
        "Last month Iran's navy seized the Nordic Star, a Marshall Islands-flagged tanker carrying"
            + " fuel for a Greek firm, in the Gulf of Oman.|COERCE IRN→MHL",
        "Greek coast guards detained a Liberia-flagged tanker off Crete.|COERCE GRC→LBR",
        "Iranian commandos seized the Ocean Pearl, a Marshall Islands-flagged freighter.|COERCE →MHL",
        // a container noun hands its verb to the event it holds
        "Canada adopted a new package of sanctions against Iran.|SANCTION CAN→IRN",
        // a reaction in a relative clause on a noun summing up the clause before it
        "Russia expelled two Moldovan diplomats on Monday, a move Chisinau condemned.|ACCUSE"
            + " MDA→RUS",
        "Sudan's army closed the border crossing, a step the European Union criticised.|ACCUSE"
            + " IGO:EU→SDN",
        // a protest at a foreign mission is aimed at the state it represents
        "Hundreds of students rallied in front of the Chinese embassy in Manila.|PROTEST PHL→CHN",
        "Protesters gathered outside the US consulate in Istanbul on Friday.|PROTEST TUR→USA",
        // countermeasures with no act of another party before them answer the reactor's adversary
        "Seoul condemned Tokyo's decision on Friday. South Korea said it would take"
            + " countermeasures.|THREATEN KOR→JPN asserted",
        // a day the parser hangs on the subject just before the verb dates the verb
        "Chile's foreign minister on Tuesday rejected the charges against Santiago.|REJECT CHL on"
            + " 2023-03-14",
        // an event noun takes the date of the verb it is the object of, through a container noun
        "European Union ministers on Monday adopted a new package of sanctions against"
            + " Belarus.|SANCTION IGO:EU→BLR on 2023-03-13",
        // a participle clause on a dated clause happens with it
        "Lithuania on Monday expelled two Belarusian diplomats, accusing them of espionage.|ACCUSE"
            + " LTU→BLR on 2023-03-13",
        // a verb conjoined with a denial is no content of it
        "Cuba dismissed the sanctions and accused Washington of fomenting unrest.|ACCUSE CUB→USA"
            + " asserted",
        // wire style puts the day between subject and verb: the verb is past tense
        "The U.S. Treasury on Thursday blacklisted two Venezuelan generals.|SANCTION USA→VEN on"
            + " 2023-03-16",
        // an on-day phrase hung on the predicate's argument dates the predicate; a protest at home
        // with no target is aimed at the protesters' own country
        "Thousands of Chileans took to the streets in Santiago and other cities on March 11.|PROTEST"
            + " CHL→CHL on 2023-03-11",
        // what an accusation is about stays alleged, with the participle that says its toll
        "Ukraine accused Russian forces of shelling the city of Kherson, killing seven"
            + " people.|ASSAULT RUS alleged",
        // a neuter object pronoun is the body named last ("it" = the bloc)
        "Mali said it was leaving the regional bloc ECOWAS, accusing it of serving foreign"
            + " powers.|ACCUSE MLI→IGO:ECOWAS",
        // collective names of a regional body's members
        "Southeast Asian leaders urged Myanmar's junta to free political prisoners.|REQUEST"
            + " IGO:ASEAN→MMR",
        // a peacekeeping or police contingent arriving is aid to the host
        "The first contingent of Kenyan police officers arrived in Haiti on Tuesday.|AID KEN→HTI",
        // force or destruction by a crowd at a protest is a riot
        "Hundreds of demonstrators threw stones at police in Nairobi.|PROTEST KEN→KEN",
        "Protesters set fire to the town hall in Kenya's western city of Kisumu.|PROTEST KEN→KEN",
        // "X's military" before a past verb is the actor, not an adjective
        "India said its troops returned fire, while Chad's military accused Sudan of shelling"
            + " border villages.|ACCUSE TCD→SDN",
        // what another party says someone will suffer is the speaker's threat
        "Beijing said Manila would face consequences if it continued.|THREATEN CHN→PHL asserted",
        "Tehran said Washington would pay a heavy price for the raid.|THREATEN IRN→USA",
        // a plan the party denies is denied, not planned
        "Serbia denied that it was planning to invade Kosovo.|ASSAULT SRB→XKX denied",
        // a threat without a target is aimed at its act's target
        "Washington threatened to impose tariffs on Brazil.|THREATEN USA→BRA",
        // a sector-only party acts where the sentence places the event
        "Police fired tear gas at protesters in Nairobi on Tuesday.|ASSAULT KEN→KEN",
        // lexicon rows
        "Riot police used water cannon against students in Santiago.|ASSAULT →CHL",
        "Peru ordered the expulsion of four Bolivian embassy staff.|SANCTION PER→BOL",
        "Kenya launched a mediation effort between Ethiopia and Eritrea.|CONSULT KEN→ETH",
        "The Turkish government outlawed the party on Monday.|COERCE TUR",
        "Jordan reimposed a blockade on the border town.|COERCE JOR",
        "The French president gave a warm welcome to the Chilean leader.|CONSULT FRA→CHL",
        "The World Food Programme reduced food supplies to the refugee camps in Chad.|SANCTION"
            + " IGO:WFP→TCD",
        "Japan gave Kenya 5 million dollars of aid on Monday.|AID JPN→KEN",
        "Norwegian doctors handed over two tonnes of medicine to the Red Crescent in Gaza.|AID"
            + " NOR→PSE",
        "The Sudanese government accepted demands from the rebels.|CONCEDE SDN",
        "Israel has strengthened its forces along the border with Lebanon.|MOBILIZE ISR",
        "The Jordanian authorities shared evidence with Egypt about the smuggling ring.|COOPERATE"
            + " JOR→EGY",
        // forces deployed at the host's request come to its aid
        "Rwanda deployed troops to Maputo at the invitation of Mozambique's president.|AID"
            + " RWA→MOZ",
        // leaving an agreement reduces relations; a travel warning is no aid
        "Russia pulled out of the grain deal on Monday.|SANCTION RUS",
        "Canada advised against travel to Haiti on Friday.|SANCTION CAN→HTI",
        // material support offered or pledged is intent to give aid, not words of support
        "Japan pledged financial support for Ukraine on Monday.|AGREE JPN→UKR",
        // a consensus is a shared commitment (AGREE), not a concluded agreement (SUPPORT)
        "Peru and Chile reached a consensus on border patrols on Monday.|AGREE PER↔CHL",
        // a verb's object named by its modifier: "mediation efforts"
        "Norway ended its mediation efforts between the two factions.|SANCTION NOR",
        // a must-clause the lexicon does not code is still the speaker's demand
        "Chile said on Monday that Bolivia must return the seized trucks.|REQUEST CHL→BOL",
        "Gabon said it was leaving the regional bloc.|SANCTION GAB",
        "Bolivia revoked a trade agreement with Chile.|SANCTION BOL→CHL",
        "Estonia declared a Russian diplomat persona non grata on Monday.|SANCTION EST→RUS",
        "A Malta-flagged tanker was seized by Venezuelan forces.|COERCE VEN→MLT",
        // particles the parser marks as adverbs or as "out of"; "half of" as a quantity
        "Ecuador has agreed to pull its soldiers out of Peru.|RETREAT ECU→PER",
        "Armenia said it had pulled back half of its troops.|RETREAT ARM",
        "Norway will send an air-defence battery to Poland.|AGREE NOR→POL",
        "China launched naval drills near the Philippines.|MOBILIZE CHN→PHL",
        // a nominal event whose owner names nobody: the subject of the verb it is the object of
        "Pakistan's army chief oversaw a live-fire drill near the border.|MOBILIZE PAK",
        // both sides of a civil war are one country
        "Fighting between the army and rebels continued in Chad. Nigeria called on both sides to"
            + " stop fighting.|REQUEST NGA→TCD",
        // a reaction whose target names no country targets the latest hostile act's actor
        "China launched naval drills near the Philippines. Manila condemned the drills.|ACCUSE"
            + " PHL→CHN",
        // a reaction to "the move" targets the actor of the latest hostile act
        "Egypt seized a Libyan fishing boat on Monday. Libya rejected the move.|REJECT LBY→EGY",
        // "their countries" are the speakers'
        "The leaders of Chile and Peru said their countries were leaving the bloc.|SANCTION CHL",
        // a vow to retaliate, or countermeasures announced, threaten the one who acted
        "Sudan bombed a market in eastern Chad on Monday. Chad vowed to retaliate.|THREATEN"
            + " TCD→SDN",
        "Sudan bombed a market in eastern Chad on Monday. Chad said it would take"
            + " countermeasures.|THREATEN TCD→SDN",
        // a nominal event's source is its actor
        "Mediation from Qatar ended the siege.|CONSULT QAT",
        // the target of measures named in a relative clause on the lifted or withdrawn object
        "The European Union lifted the sanctions it had imposed on Iran in 2012.|RETREAT"
            + " IGO:EU→IRN",
        "Canberra said it would withdraw the complaint it had lodged against Beijing at the"
            + " World Trade Organization.|CONCEDE AUS→CHN",
        "Washington eased the restrictions imposed on Chinese chipmakers.|CONCEDE USA→CHN",
        // a closure or concession naming nobody is aimed at the actor's latest counterpart
        "Warsaw accused Minsk of staging the clashes. Poland closed the border crossing to traffic"
            + " on Monday.|COERCE POL→BLR",
        "The leaders of Ghana and Togo met in Accra on Monday. Ghana agreed to lift the export"
            + " curbs.|CONCEDE GHA→TGO",
        // a relative clause the parser hung loose still has its antecedent as subject
        "Italian Prime Minister Giorgia Meloni, who arrived in Tunis on Monday accompanied by four"
            + " ministers, and her Tunisian counterpart, Kamel Madouri, co-chaired the"
            + " meeting.|CONSULT ITA→TUN",
        // "the boats" are the flagged boats named before; "the agency" the agency named before
        "Indonesia's maritime security agency said Indonesian sailors seized two Vietnamese-flagged"
            + " fishing boats on Tuesday. The agency accused the boats of using banned nets.|ACCUSE"
            + " IDN→VNM",
        // "the statement" speaks for whoever released it
        "Peru's defence ministry released a statement on Monday. The statement accused Chile of"
            + " violating the border.|ACCUSE PER→CHL",
        // stopping a convoy holds up its passage
        "The convoy was stopped by Myanmar immigration officials at the border.|COERCE MMR",
        // conjoined passives share their subject and their agent
        "Two Vietnamese-flagged fishing boats were boarded and seized by an Indonesian navy ship on"
            + " Tuesday.|COERCE IDN→VNM",
        // a threat presses the party of its unless-clause
        "Turkey threatened to block the deal unless Sweden extradited the suspects.|THREATEN"
            + " TUR→SWE",
        // a sanction the parser conjoined to a relative clause about an attack is the blamer's
        "Australia on Thursday blamed Russian hackers for an attack that shut down a hospital"
            + " network in May, and imposed sanctions on two Russian nationals.|SANCTION AUS→RUS",
        // a denounced act is its doer's, also when a participle names the doer
        "North Korea's army released a statement on Saturday denouncing the firing drill staged by"
            + " the South Korean marine corps.|ACCUSE PRK→KOR",
        // a threat of nothing in particular is aimed at whom the threatener last acted against
        "Ghana accused Togo on Monday of shelling a border post. Ghana warned that it would take"
            + " firm action.|THREATEN GHA→TGO",
        // the act one is blamed for is one's own
        "Australia on Thursday blamed Russian hackers for an attack on a hospital network.|ASSAULT"
            + " RUS alleged",
        // a trade measure's target is the origin of the goods; a warning's, its content's target
        "The EU banned imports of Russian oil last year.|SANCTION IGO:EU→RUS",
        "Ghana suspended imports of Togolese cement on Tuesday. Togo's trade minister warned that"
            + " Lome would respond in kind.|THREATEN TGO→GHA",
        // "the rebels" are the rebels a definite phrase placed before, not the mediator's
        "The government of Chad and the rebel Southern Liberation Front signed a truce on Monday at"
            + " talks mediated by Niger. The rebels accused the army on Thursday of attacking their"
            + " positions.|ACCUSE TCD",
        // a possessive pronoun on an object is the clause's own subject's
        "Russia and Ukraine completed their first exchange of prisoners on Wednesday.|RETREAT"
            + " RUS,UKR",
        // mediation naming no parties brokers the latest act between others
        "Armenia and Azerbaijan released prisoners on Monday. The swap was made possible by"
            + " mediation from Qatar.|CONSULT QAT→ARM",
        // a proposal's partner is the with-phrase of the act proposed
        "South Korea on Tuesday proposed holding military talks with North Korea at"
            + " Panmunjom.|AGREE KOR→PRK",
        // a promise's target is not the promiser's own troops
        "Uganda agreed to withdraw its troops from Somalia within a year.|AGREE UGA→SOM",
        // a vow to respond answers the last act against the one who vows
        "The European Union imposed new sanctions on Belarus on Monday. Minsk vowed to respond"
            + " in a way that served its interests.|THREATEN BLR→IGO:EU",
        // a reaction to "the move" answers the article's first hostile act, its news
        "The United States imposed sanctions on two Chinese firms on Thursday. The firms had"
            + " already been blacklisted by the UN Security Council in 2017. China rejected the"
            + " move.|REJECT CHN→USA",
        "A Philippine boat was hit by water cannon fired by a Chinese vessel near Scarborough"
            + " Shoal on Monday.|ASSAULT CHN→PHL",
        // a stance verb the parser conjoined to a reported clause about a thing is the speaker's
        "Peru's foreign ministry said the tariffs were illegal and vowed to respond.|THREATEN PER",
        "Kenya accused Somalia of air raids on a border town that killed six people and vowed to"
            + " retaliate.|THREATEN KEN→SOM",
        "Hungary's government said the new rules were a domestic matter and rejected the"
            + " criticism.|REJECT HUN",
        // prisoners or suspects sent to another state's justice
        "Colombia sent 12 jailed gang leaders to the United States on Friday.|COOPERATE COL→USA",
        // a demand or protest made to an envoy summoned for it is made of the envoy's state
        "Chile's foreign ministry summoned the Bolivian ambassador on Friday and demanded the"
            + " immediate release of the fishermen.|REQUEST CHL→BOL",
        // an arrest with no one named making it, in a town, is that town's state's
        "First Vice President Riek Machar was placed under house arrest in Juba last"
            + " month.|COERCE SSD→SSD",
        "Two French tourists were detained in Tehran on Monday.|COERCE IRN→FRA",
        // agency style: Congo is the DRC, unless the article named only the other Congo
        "Congolese soldiers clashed with rebels near Goma on Monday.|ASSAULT COD",
        "The Republic of Congo hosted the talks. Congo's army then deployed troops to the border"
            + " with Cameroon.|MOBILIZE COG→CMR",
      })
  void aSentenceGivesTheEventAnAnalystExpects(String sentence, String expected) {
    new CoderIT().aSentenceGivesTheEventAnAnalystExpects(sentence, expected);
  }

  @Test
  void aDeploymentAtSomeonesRequestIsNoAttackOnThem() {
    List<Event> events =
        CoderIT.code(
            "Rwanda deployed troops to Mozambique at the request of the government of Mozambique.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .isNotEmpty()
        .noneMatch(e -> e.type().name().equals("ASSAULT"));
  }

  @Test
  void sorrowForShootingsDoesNotMakeTheMournerTheGunman() {
    List<Event> events = CoderIT.code("Canada expressed sorrow for the deadly shootings in Texas.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .noneMatch(
            e ->
                e.type().name().equals("ASSAULT")
                    && e.actors().stream().anyMatch(a -> "CAN".equals(a.country())));
  }

  @Test
  void unnamedPoliceAndProtestersInAWireStoryAreTheDatelineCountrys() {
    String text =
        "Clashes in Lima\n\nLIMA, March 17 (Reuters) - Riot police fired tear gas at"
            + " protesters on Thursday.\n";
    List<Event> events = CoderIT.codeWire(text);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("ASSAULT PER→PER")::matches);
  }

  @Test
  void forcesDeployedWithNoAgentNamedAreTheirOwnSidesInAWireStory() {
    String text =
        "Border\n\nSANTO DOMINGO, March 17 (Reuters) - Hundreds of soldiers were deployed along"
            + " the frontier overnight.\n";
    List<Event> events = CoderIT.codeWire(text);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("MOBILIZE DOM")::matches);
  }

  @Test
  void protestersStormingAForeignEmbassyInAWireStoryAreTheDatelineCountrys() {
    String text =
        "Embassy\n\nTRIPOLI, Libya (AP) — Hundreds of protesters forced their way into the"
            + " Egyptian embassy on Thursday.\n";
    List<Event> events = CoderIT.codeWire(text);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("PROTEST LBY→EGY")::matches);
  }

  @Test
  void aSpeakerTheParserHangsOnTheLastPlaceStillAttributesTheSentence() {
    List<Event> events =
        CoderIT.code(
            "Armenian and Azerbaijani troops exchanged fire on Tuesday near the village of Sotk,"
                + " Armenia's defence ministry said.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.type().name().equals("ASSAULT")
                    && e.modality().name().equals("ATTRIBUTED")
                    && e.claimants().stream().anyMatch(c -> "ARM".equals(c.country())));
  }

  @Test
  void aPlaceOfTheSameNameInAnotherCountryThanItsQualifierIsNotIt() {
    List<Event> events =
        CoderIT.code(
            "Gunmen attacked a pumping station on the oil pipeline near Komé in southern Chad on"
                + " Friday.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.type().name().equals("ASSAULT"))
        .noneMatch(
            e ->
                e.location() != null && "BEN".equals(e.location().country())
                    || e.actors().stream().anyMatch(a -> "BEN".equals(a.country())));
  }

  @Test
  void aDivisionWrittenWithItsKindWordIsTheDivision() {
    List<Event> events =
        CoderIT.code("Chad sent reinforcements to Logone Oriental province on Friday.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.type().name().equals("MOBILIZE")
                    && e.location() != null
                    && e.location().name().equals("Logone Oriental"));
  }

  @Test
  void anUnlistedPlaceNamedAfterItsKindIsCalledByItsName() {
    List<Event> events =
        CoderIT.code(
            "Kyrgyz and Tajik guards exchanged fire near the Tajik enclave of Vorukh on Tuesday.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.type().name().equals("ASSAULT")
                    && e.location() != null
                    && e.location().name().equals("Vorukh"));
  }

  @Test
  void aPlaceInsideTheBuildingPhraseOfAnEntryPlacesIt() {
    List<Event> events =
        CoderIT.code(
            "Protesters forced their way into the compound of the French embassy in Niamey on"
                + " Sunday.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.type().name().equals("PROTEST")
                    && e.location() != null
                    && e.location().name().equals("Niamey"));
  }

  @Test
  void anUnqualifiedStateOrganInAStoryAnAgencyFiledAtHomeIsItsCountrys() {
    String text =
        "Troops\n\nSEOUL, March 17 (Yonhap) -- North Korea has sent about 1,500 troops to"
            + " Russia to support its war, the National Intelligence Service said Friday.\n";
    List<Event> events = CoderIT.codeWire(text);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.type().name().equals("MOBILIZE")
                    && e.claimants().stream().anyMatch(c -> "KOR".equals(c.country())));
  }

  @Test
  void sectorOnlyTargetsOfAForeignActInAWireStoryAreTheDatelineCountrysWhenItIsInPlay() {
    String text =
        "Sanctions\n\nHAVANA, March 17 (Reuters) - Cuba's foreign minister condemned the"
            + " measures on Friday. The U.S. Treasury on Thursday blacklisted the defense"
            + " minister.\n";
    List<Event> events = CoderIT.codeWire(text);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("SANCTION USA→CUB")::matches);
  }

  @Test
  void coercionBySectorOnlyPartiesInAWireStoryIsTheDatelineCountrysWhenItIsInPlay() {
    String text =
        "Arrest\n\nHANOI, May 3 (Reuters) - Vietnam protested to China on Friday. Two Chinese"
            + " fishermen were detained by security guards near the port on Thursday.\n";
    List<Event> events = CoderIT.codeWire(text);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(EventExpectation.parse("COERCE VNM→CHN")::matches);
  }

  @Test
  void aWeaponAsPassiveAgentGivesItsWielderAndItsKindOfForce() {
    List<Event> events =
        CoderIT.code(
            "A Ukrainian military plane was blown up over Donetsk by a missile fired by pro-Russian"
                + " rebels.");
    // "pro-Russian" is a stance: the rebels are no Russians (rebels over Donetsk are Ukraine's);
    // a missile is an aerial weapon (195)
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.type().name().equals("ASSAULT")
                    && e.cameo().equals("195")
                    && e.actors().stream()
                        .anyMatch(a -> "REB".equals(a.sector()) && !"RUS".equals(a.country()))
                    && e.recipients().stream().anyMatch(r -> "UKR".equals(r.country())));
  }

  @Test
  void aCityNamedWithItsCountrysPossessiveIsLookedUpInThatCountry() {
    List<Event> events =
        CoderIT.code("Protesters set fire to a bank in Lebanon's northern city of Tripoli.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.location() != null && "LBN".equals(e.location().country()));
  }

  @Test
  void theSourcesOfSupportAreNotEachOthersPartners() {
    List<Event> events = CoderIT.code("The plan enjoyed support from Chile and Peru.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .noneMatch(e -> !e.recipients().isEmpty() && e.type().name().equals("SUPPORT"));
  }

  @ParameterizedTest(name = "at {1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Russian forces shelled villages near Kharkiv on Monday.|Kharkiv",
        "Two soldiers were killed by militants 40 km north of Kabul.|Kabul",
        "Turkish jets bombed a convoy southwest of Mosul.|Mosul",
        "Iranian commandos boarded a tanker in the Gulf of Aden on Friday.|Gulf of Aden",
        // a seated body's decision with no place in the sentence is taken at its seat
        "The Security Council on Monday extended the sanctions on Mali.|United Nations Headquarters",
        "The IAEA board of governors censured Iran on Wednesday.|Vienna",
        // drills around a place; a launch is placed where it is fired from
        "China launched naval drills around Taiwan on Monday.|Taiwan",
        "North Korea launched a satellite from the Sohae Satellite Launching Station on"
            + " Friday.|Sohae Satellite Launching Station",
        // an attack's target named as "the city of X" places it
        "Russian forces shelled the city of Kharkiv on Friday.|Kharkiv",
        // a country's capital is its capital city
        "Kenyan peacekeepers arrived in Haiti's capital on Tuesday.|Port-au-Prince",
        // where force spreads; where a withdrawal leaves; where the acting party is
        "US and British jets carried out strikes across Yemen on Friday.|Yemen",
        "Ukrainian air defences shot down a transport plane over the Belgorod region.|Belgorod"
            + " Oblast",
        "Russian troops pulled out of Kherson on Friday.|Kherson",
        "A special tribunal in Dhaka issued an arrest warrant for the former prime"
            + " minister.|Dhaka",
        "A Philippine boat was hit by water cannon fired by a Chinese vessel near Scarborough"
            + " Shoal on Monday.|Scarborough Shoal",
        // force aimed at targets spread across a place; an envoy's place in a two-word title
        "Turkish jets carried out strikes on militant positions across northern Iraq on"
            + " Sunday.|Iraq",
        "Pakistan summoned the Afghan charge d'affaires in Islamabad on Monday.|Islamabad",
        // a visit's host written as a place is where the visit went
        "The Japanese foreign minister visited Hanoi on Tuesday.|Hanoi",
        "The Italian prime minister said he hoped to travel to Lima before the end of the"
            + " year.|Lima",
        // places the gazetteer does not list keep their written name
        "Soldiers clashed with smugglers near the Dogharoun crossing in western Iran on"
            + " Monday.|Dogharoun crossing",
        "Gunmen attacked a police patrol in the village of Brnjak on Saturday.|Brnjak",
        "A navy ship seized a trawler in waters east of the Anambas Islands on Friday.|Anambas"
            + " Islands",
        // a thing of a country is no place: the town it stands in is
        "Hundreds of protesters rallied outside the US consulate in Istanbul on Sunday.|Istanbul",
      })
  void anEventPlacedNearOrInADirectionFromAPlaceIsGeocodedThere(String sentence, String place) {
    List<Event> events = CoderIT.code(sentence);
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.location() != null && e.location().name().equals(place));
  }

  @Test
  void aGroupOfNoSingleCountryActingInAPlaceTakesThatCountryAndKeepsItsRoles() {
    List<Event> events = CoderIT.code("French jets struck Islamic State positions in Raqqa.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(e -> e.recipients().stream().anyMatch(r -> "SYRREBMUS".equals(r.code())));
  }

  @Test
  void twoActsOfOneTypeConjoinedInASentenceAreTwoRecords() {
    List<Event> events =
        CoderIT.code(
            "Ghana recalled its ambassador to Togo on Monday and suspended imports of Togolese"
                + " cement.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .filteredOn(e -> e.type().name().equals("SANCTION"))
        .hasSize(2)
        .allMatch(EventExpectation.parse("SANCTION GHA→TGO")::matches);
  }

  @Test
  void anUnlistedPlaceTakesTheCountryOfItsQualifierButNoPointOfItsOwn() {
    List<Event> events =
        CoderIT.code(
            "Soldiers clashed with smugglers near the Dogharoun crossing in western Iran on"
                + " Monday.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .anyMatch(
            e ->
                e.location() != null
                    && "IRN".equals(e.location().country())
                    && e.location().gazetteerId() == null
                    && "country".equals(e.location().precision()));
  }

  @Test
  void anEnvoyRecalledForConsultationsHoldsNoTalks() {
    List<Event> events =
        CoderIT.code("Nigeria recalled its ambassador to Niamey for consultations on Monday.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .noneMatch(e -> e.type().name().equals("CONSULT"))
        .anyMatch(e -> e.type().name().equals("SANCTION"));
  }

  @Test
  void aWordSaidAbroadIsNotPlacedInTheDatelineCityOfItsTarget() {
    List<Event> events =
        CoderIT.codeWire(
            "KABUL (AFP) - Iran accused the Taliban on Sunday of sheltering armed groups near"
                + " the border.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .filteredOn(e -> e.type().name().equals("ACCUSE"))
        .isNotEmpty()
        .allMatch(e -> e.location() == null || !"Kabul".equals(e.location().name()));
  }

  @Test
  void aStoryFiledFromACourtsSeatPlacesNoPartyThere() {
    List<Event> events =
        CoderIT.codeWire(
            "THE HAGUE, Netherlands (AP) — Rights groups say at least 300 people were killed"
                + " during the crackdown.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .filteredOn(e -> e.type().name().equals("ASSAULT"))
        .isNotEmpty()
        .allMatch(e -> e.recipients().stream().noneMatch(r -> "NLD".equals(r.country())));
  }

  @Test
  void anAccusationByNobodyNamedThatDescribesTheAccusedIsNoEvent() {
    List<Event> events =
        CoderIT.code(
            "Ugandan police arrested a Congolese militia leader accused of ordering the killing"
                + " of villagers.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .noneMatch(e -> e.type().name().equals("ACCUSE"));
  }

  @Test
  void anActReportedAccordingToASourceIsAttributedToIt() {
    List<Event> events =
        CoderIT.code(
            "Soldiers opened fire on a crowd of protesters in the capital, according to rights"
                + " groups.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .filteredOn(e -> e.type().name().equals("ASSAULT"))
        .isNotEmpty()
        .allMatch(e -> e.modality() == org.eventwire.model.Modality.ATTRIBUTED)
        .allMatch(e -> !e.claimants().isEmpty());
  }

  @Test
  void forceOnProtestersWithNoPlaceOfItsOwnIsWhereTheProtestWas() {
    List<Event> events =
        CoderIT.code(
            "Thousands of protesters rallied in Yerevan on Tuesday. Riot police fired tear gas at"
                + " the demonstrators.");
    assertThat(events)
        .as(EventExpectation.describe(events))
        .filteredOn(e -> e.type().name().equals("ASSAULT"))
        .isNotEmpty()
        .allMatch(e -> e.location() != null && "Yerevan".equals(e.location().name()));
  }
}
