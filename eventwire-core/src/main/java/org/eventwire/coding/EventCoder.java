package org.eventwire.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PloverTypeInfo;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Article;
import org.eventwire.model.Dateline;
import org.eventwire.model.Event;
import org.eventwire.model.Evidence;
import org.eventwire.model.Location;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;
import org.eventwire.model.SanctionFlag;
import org.eventwire.nlp.DependencyGraph;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.dates.EventDate;
import org.eventwire.resolve.dates.EventDater;
import org.eventwire.resolve.places.Gazetteer;
import org.eventwire.resolve.sanctions.SanctionsScreen;

/**
 * Codes an analysed article into event records: predicates, their actors and recipients,
 * reciprocity, claim status, date and place. Immutable and thread-safe; per-article state lives in
 * an {@link ArticleContext}.
 */
public final class EventCoder {
  /** Types whose coordinated subjects act on each other when no recipient is named. */
  private static final Set<PloverType> RECIPROCAL =
      Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.SUPPORT, PloverType.COOPERATE);

  private final PredicateFinder predicates;
  private final ArgumentFinder arguments;
  private final ClaimAnalyzer claims;
  private final EventDater dater;
  private final AgencyHomes agencyHomes;
  private final ActorResolver resolver;
  private final PloverTypes types;
  private final ActSubcodes subcodes;
  private final Intentions intentions;
  private final Instruments instruments = Instruments.loadDefault();
  private final Riots riots = Riots.loadDefault();
  private final Demands demands;
  private final PledgedActs pledges = PledgedActs.loadDefault();
  private final Allegations allegations;
  private final RequestedActs requested;
  private final ParseRepairs repairs;
  private final ReactionTargets reactions;
  private final FallbackActors fallbacks;
  private final Casualties casualties = Casualties.loadDefault();
  private final HappeningMerger merger = new HappeningMerger();
  private final DefiniteReferences definites = new DefiniteReferences();
  private final CaptionLinker captions = new CaptionLinker();
  private final NonEventTriggers nonEvents = NonEventTriggers.loadDefault();
  private final PressNames pressNames = PressNames.loadDefault();
  private final Counterparts counterparts = new Counterparts();
  private final UnlistedPlaces unlisted = UnlistedPlaces.loadDefault();
  private final NotRuledOut notRuledOut;
  private final Gazetteer gazetteer;
  private final BodySeats seats;
  private final SanctionsScreen sanctions;

  public EventCoder(
      PredicateFinder predicates,
      ArgumentFinder arguments,
      ClaimAnalyzer claims,
      EventDater dater,
      ActorResolver resolver,
      PloverTypes types,
      Gazetteer gazetteer,
      SanctionsScreen sanctions) {
    this.predicates = predicates;
    this.arguments = arguments;
    this.claims = claims;
    this.dater = dater;
    this.resolver = resolver;
    this.types = types;
    this.subcodes = ActSubcodes.loadDefault();
    this.intentions = new Intentions(types, subcodes);
    this.demands = new Demands(types, subcodes, claims.cues());
    this.allegations = new Allegations(types);
    this.requested = new RequestedActs(claims.cues());
    this.repairs = new ParseRepairs(claims.cues());
    this.reactions = new ReactionTargets(predicates);
    this.fallbacks = new FallbackActors(arguments);
    this.notRuledOut = new NotRuledOut(types);
    this.gazetteer = gazetteer;
    this.seats = BodySeats.loadDefault(gazetteer);
    this.sanctions = sanctions;
    this.agencyHomes = AgencyHomes.loadDefault();
  }

  public List<Event> code(Article article, ParsedDocument doc) {
    return code(article, doc, null);
  }

  /** Codes an article; a photo caption, when analysed, may date the event it shows. */
  public List<Event> code(Article article, ParsedDocument doc, ParsedDocument caption) {
    return code(article, doc, caption, new ArrayList<>());
  }

  /**
   * Codes an article and returns the actor decisions made on its argument phrases, in order (for
   * measuring reference resolution).
   */
  public List<MentionDecision> mentionDecisions(Article article, ParsedDocument doc) {
    List<MentionDecision> trace = new ArrayList<>();
    code(article, doc, null, trace);
    return trace;
  }

  private List<Event> code(
      Article article, ParsedDocument doc, ParsedDocument caption, List<MentionDecision> trace) {
    LocalDate published = article.published().date();
    ArticleContext context = new ArticleContext();
    ActorResolver local = pressNames.within(resolver, context);
    ActorMentions mentions =
        new ActorMentions(
            local,
            definites,
            new ChainReferences(doc, local, published, context),
            doc.text(),
            published,
            context);
    Dateline dateline = article.layout() == null ? null : article.layout().dateline();
    PlaceFinder places =
        new PlaceFinder(
            gazetteer,
            unlisted,
            context,
            dateline == null ? null : dateline.place(),
            dateline == null ? null : dateline.region());
    context.home(agencyHomes.homeOf(dateline, places.datelineCountry()));
    Map<String, Event> out = new LinkedHashMap<>();
    for (ParsedSentence s : doc.sentences()) {
      DependencyGraph g = new DependencyGraph(repairs.repair(s));
      mentions.scan(g);
      List<Trigger> triggers = // no non-event senses; "killed in shelling" is the shelling
          new ArrayList<>(
              casualties.retarget(
                  g, LikeActClauses.dropPurposes(g, nonEvents.keep(g, predicates.find(g)))));
      triggers.addAll(demands.obligations(g, triggers)); // "said Sudan must return the helicopter"
      Map<Integer, String> idByToken = new HashMap<>();
      Set<Integer> triggerTokens = new HashSet<>();
      triggers.forEach(t -> triggerTokens.add(t.token()));
      Map<Integer, String> contentActs = RequestedActs.actsByGovernor(g, triggers);
      for (Trigger t : triggers) {
        if (requested.rule(g, t, triggers) != null) {
          continue; // the request is the event, not the act it asks for
        }
        ClaimAnalyzer.Claim claim = claims.analyze(g, t);
        Event e = codeOne(article, g, t, claim, mentions, places, published);
        if (e != null) {
          e = subcodes.refine(e, contentActs.get(t.token()));
          if (e.type() == PloverType.AGREE && PledgedActs.promisesForce(g, t, triggers)) {
            e = e.withRecipients(List.of()); // "pledged to expel X": X agreed to nothing
          }
          e = reactions.target(g, t, e, out.values()); // "condemned the seizure": its actor
          e = counterparts.target(e, out.values()); // "Poland closed the crossing": to Belarus
          e = notRuledOut.threat(g, t, e, out.values()).orElse(e); // "would not rule out force"
          Optional<Event> demand = demands.demand(g, t, e, claim);
          if (Demands.onlyADemand(t) && (demand.isEmpty() || !Demands.byAParty(demand.get()))) {
            continue;
          }
          if (demand.isPresent()) {
            e = demand.get(); // "said Beijing must drop its barriers": Washington's demand
          }
          boolean own = ownStatement(g, t, claim, triggerTokens) && demand.isEmpty();
          Optional<Intentions.Statement> said =
              own ? intentions.statement(e, claim.kind()) : Optional.empty();
          List<SanctionFlag> flags = sanctions.screen(e, s.text(), published);
          Event act = e.withSanctions(flags);
          if (said.isPresent() && said.get().replacesAct()) {
            e = said.get().event(); // one record for "will visit": the promise to visit
            if (e.type() == PloverType.THREATEN || e.type() == PloverType.REJECT) {
              EventDate when = dater.spoken(g, t.token(), published);
              e = DerivedEvents.spoken(e, when.date(), when.precision(), when.text());
            }
            // a promise or threat bears on the regime its act bears on
            flags = flags.isEmpty() ? sanctions.screen(e, s.text(), published) : flags;
          }
          e = e.withSanctions(flags);
          var alleged = own ? allegations.derive(act) : Optional.<Event>empty();
          if (alleged.isPresent() && e.type() == act.type()) {
            e = Allegations.claimed(e); // "Armenia said Azerbaijani forces opened fire"
          }
          out.putIfAbsent(e.id(), e);
          idByToken.put(t.token(), e.id());
          var beside = said.filter(x -> !x.replacesAct()).map(Intentions.Statement::event);
          for (var d : List.of(beside, alleged)) {
            d.map(x -> x.withSanctions(sanctions.screen(x, s.text(), published)))
                .ifPresent(x -> out.putIfAbsent(x.id(), x));
          }
        }
      }
      ThreatTargets.fill(g, triggers, idByToken, out);
      LikeActClauses.fold(LikeActClauses.resultsOf(g, triggers), idByToken, out);
      pledges.fold(g, pledges.pledgeOf(g, triggers), idByToken, out, intentions);
      context.endSentence();
    }
    trace.addAll(mentions.decisions());
    List<Event> merged = merger.merge(StatementDays.date(new ArrayList<>(out.values())));
    return captions.link(merged, caption, places, published);
  }

  /**
   * False when the claim's cue is itself coded as an event ("promised to visit" is coded from
   * "promised"), but a vow to retaliate is also a threat against the one answered.
   */
  private boolean ownStatement(
      DependencyGraph g, Trigger t, ClaimAnalyzer.Claim claim, Set<Integer> triggerTokens) {
    return !triggerTokens.contains(claim.cueToken()) || reactions.answers(g, t);
  }

  private Event codeOne(
      Article article,
      DependencyGraph g,
      Trigger t,
      ClaimAnalyzer.Claim claim,
      ActorMentions mentions,
      PlaceFinder places,
      LocalDate published) {
    if (!t.nominal() && claims.onlyIntroducesContent(g, t.token())) {
      return null;
    }
    ArgumentFinder.Heads heads = casualties.heads(g, t, arguments.find(g, t));
    List<ActorRef> actors = refs(g, heads.actors(), mentions, List.of());
    List<Integer> fallback = fallbacks.heads(g, t, heads);
    if (!fallback.isEmpty() && actors.stream().allMatch(a -> a.code() == null)) {
      List<ActorRef> other = refs(g, fallback, mentions, List.of());
      actors = other.stream().anyMatch(a -> a.code() != null) ? other : actors;
    }
    if (heads.rule().equals("subject") && !t.nominal()) {
      mentions.noteSubjects(actors);
    }
    // the actors' countries, and their bodies as "IGO:key": "the AU urged the council" is not the
    // AU
    List<String> actorKeys =
        actors.stream().map(a -> a.igo() != null ? "IGO:" + a.igo() : a.country()).toList();
    List<ActorRef> recipients = refs(g, heads.recipients(), mentions, actorKeys);
    if (actors.isEmpty() && recipients.isEmpty()) {
      return null; // nobody to code: an event needs at least one party
    }
    PredicateEntry entry =
        riots.recode(g, instruments.recode(g, t, heads.actors(), heads.passive()), heads.actors());
    entry = InvitedForces.recode(g, t, entry);
    if (recipients.isEmpty() && entry.recipientSlots().contains("obj")) {
      recipients =
          refs(g, FallbackActors.objectOwners(g, t), mentions, actorKeys).stream()
              .filter(r -> r.code() != null && !actorKeys.contains(r.country()))
              .toList();
    }
    if (recipients.stream().allMatch(r -> !r.placed())) {
      List<ActorRef> addressed = // "summoned the Russian ambassador and demanded ...": of Russia
          refs(g, fallbacks.addressee(g, t), mentions, actorKeys).stream()
              .filter(r -> r.country() != null && !actorKeys.contains(r.country()))
              .toList();
      recipients = addressed.isEmpty() ? recipients : addressed;
    }
    if (entry.type() == PloverType.MOBILIZE && recipients.isEmpty()) {
      List<ActorRef> targets =
          refs(g, targets(g, t), mentions, actorKeys).stream()
              .filter(r -> r.code() != null)
              .toList();
      if (!targets.isEmpty()) {
        entry = asAttack(entry);
        recipients = targets;
      }
    }
    if (recipients.isEmpty()
        && RECIPROCAL.contains(entry.type())
        && distinctCodes(actors) > 1
        && !heads.rule().equals("nominal-source")) { // "support from X and Y": X and Y give
      recipients = actors;
    }
    PloverTypeInfo info = types.info(entry.type());
    int quad = types.quadClassOf(entry.cameo());
    List<ActorRef> claimants = refs(g, claim.claimants(), mentions, List.of());
    if (claimants.isEmpty() && !claim.claimants().isEmpty()) {
      claimants = List.of(ActorRef.unresolved(mentions.phrase(g, claim.claimants().get(0)).text()));
    }
    EventDate date = dater.date(g, t.token(), t.object(), published);
    EventPlaces.Placed placed =
        EventPlaces.place(
            places,
            seats,
            g,
            t,
            entry,
            claim.modality() == Modality.PLANNED,
            date.historical(),
            actors,
            recipients,
            actorKeys);
    actors = placed.actors();
    recipients = placed.recipients();
    Location location = placed.location();
    String placeInferred = placed.inferred();
    ParsedSentence s = g.sentence();
    String trigger = g.token(t.token()).word();
    if (t.object() >= 0) {
      trigger = trigger + " " + g.token(t.object()).word();
    }
    return new Event(
        id(article.id(), s.index(), t.token(), entry.type()),
        article.id(),
        entry.type(),
        entry.mode(),
        entry.contexts(),
        entry.cameo(),
        info.intensity(),
        quad,
        actors,
        recipients,
        date.date(),
        date.precision(),
        date.text(),
        date.historical(),
        location,
        claim.modality(),
        claimants,
        claim.negated(),
        List.of(),
        new Evidence(s.text(), s.index(), s.begin(), s.end(), trigger),
        List.of(),
        EventExplanations.of(
            entry,
            heads,
            claim,
            date,
            location,
            placeInferred,
            mentions,
            actors,
            recipients,
            claimants));
  }

  /** Targets of a launch or deployment, apart from event nouns ("at the request of X"). */
  private List<Integer> targets(DependencyGraph g, Trigger t) {
    return arguments.targets(g, t).stream()
        .filter(h -> !predicates.isEventNoun(g.token(h)))
        .toList();
  }

  /** A launch or firing with a target is an attack (CAMEO 190), not a show of force. */
  private static PredicateEntry asAttack(PredicateEntry e) {
    return new PredicateEntry(
        e.lemma(),
        e.pos(),
        e.particle(),
        e.objects(),
        PloverType.ASSAULT,
        null,
        "190",
        List.of("at", "against", "on"),
        e.contexts(),
        "recoded: " + e.note() + " aimed at a target",
        e.line());
  }

  private static List<ActorRef> refs(
      DependencyGraph g, List<Integer> heads, ActorMentions mentions, List<String> excluding) {
    List<ActorRef> out = new ArrayList<>();
    for (int h : heads) {
      for (ActorRef r : mentions.resolve(g, h, excluding)) {
        if (out.stream().noneMatch(o -> sameActor(o, r))) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a.code() != null && a.code().equals(b.code()) && a.text().equals(b.text());
  }

  private static long distinctCodes(List<ActorRef> refs) {
    return refs.stream().map(ActorRef::code).filter(c -> c != null).distinct().count();
  }

  static String id(String articleId, int sentence, int token, PloverType type) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h =
          md.digest(
              (articleId + "|" + sentence + "|" + token + "|" + type)
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
