package org.eventwire.resolve.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.SanctionFlag;

/**
 * Decides which UN Security Council sanctions measures an event touches, by the rules in {@code
 * rules.tsv}. A flag says what the described action concerns, not that a violation happened: the
 * event's modality and negation are left to the record. Rules run in file order; when several raise
 * the same flag, the first is the one {@link #explain} reports.
 *
 * <p>Time: a measure is flagged only when it was in force on some day the event's date may mean (a
 * day, month or year). An undated event is compared with the reference day given to the
 * three-argument methods (e.g. the publication date); without one, only measures still in force (no
 * end date recorded) are flagged.
 */
public final class SanctionsScreen {

  private final SanctionsKnowledge knowledge;
  private final DesignationIndex designations;

  /** A screen without a Consolidated List: {@code listed} conditions never hold. */
  public SanctionsScreen(SanctionsKnowledge knowledge) {
    this(knowledge, DesignationIndex.empty());
  }

  /** A screen that also matches actors against a Consolidated List. */
  public SanctionsScreen(SanctionsKnowledge knowledge, DesignationIndex designations) {
    this.knowledge = knowledge;
    this.designations = designations;
  }

  /** The flags for an event, each once, in rule order. */
  public List<SanctionFlag> screen(Event event, String evidenceText) {
    return screen(event, evidenceText, null);
  }

  /** As {@link #screen(Event, String)}, dating an undated event on {@code undatedOn}. */
  public List<SanctionFlag> screen(Event event, String evidenceText, LocalDate undatedOn) {
    return explain(event, evidenceText, undatedOn).stream()
        .map(f -> f.listing() == null ? f.flag() : f.flag().withListing(f.listing()))
        .distinct()
        .toList();
  }

  /** The flags for an event with the rule that raised each. */
  public List<SanctionFinding> explain(Event event, String evidenceText) {
    return explain(event, evidenceText, null);
  }

  /** As {@link #explain(Event, String)}, dating an undated event on {@code undatedOn}. */
  public List<SanctionFinding> explain(Event event, String evidenceText, LocalDate undatedOn) {
    List<String> words = eventWords(event, evidenceText);
    Predicate<Measure> inForce = inForce(event, undatedOn);
    Map<SanctionFlag, SanctionFinding> found = new LinkedHashMap<>();
    for (Rule rule : knowledge.rules()) {
      if (!conditionsHold(rule, event, words)) {
        continue;
      }
      List<DesignationMatch> listings = new ArrayList<>();
      if (!parties(rule, event, listings)) {
        continue;
      }
      if (!rule.needsListing()) {
        flag(rule, rule.regime(), null, inForce, found);
        continue;
      }
      for (DesignationMatch listing : listings) {
        for (Regime regime : knowledge.regimesForListType(listing.party().listType())) {
          if (rule.regime().equals(Rule.LISTED_REGIME) || rule.regime().equals(regime.id())) {
            flag(rule, regime.id(), listing.reference(), inForce, found);
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  private void flag(
      Rule rule,
      String regime,
      String listing,
      Predicate<Measure> inForce,
      Map<SanctionFlag, SanctionFinding> found) {
    for (String id : rule.measures()) {
      Optional<Measure> measure = knowledge.measure(regime, id).filter(inForce);
      if (measure.isPresent()) {
        Measure m = measure.get();
        SanctionFlag flag = new SanctionFlag(m.regime(), m.id(), m.basis());
        found.putIfAbsent(flag, new SanctionFinding(flag, rule.id(), m, listing));
        return;
      }
    }
  }

  private static boolean conditionsHold(Rule rule, Event event, List<String> words) {
    if (!rule.types().contains(event.type())) {
      return false;
    }
    if (!rule.modes().isEmpty() && (event.mode() == null || !rule.modes().contains(event.mode()))) {
      return false;
    }
    if (!rule.contexts().isEmpty()
        && rule.contexts().stream().noneMatch(event.contexts()::contains)) {
      return false;
    }
    return rule.words().allGroupsIn(words) && !rule.unless().anyPhraseIn(words);
  }

  private boolean parties(Rule rule, Event event, List<DesignationMatch> listings) {
    List<ActorRef> everyone = new ArrayList<>(event.actors());
    everyone.addAll(event.recipients());
    return meets(rule.actor(), event.actors(), listings)
        && meets(rule.recipient(), event.recipients(), listings)
        && meets(rule.either(), everyone, listings);
  }

  /** True when the specs are empty or some party meets one; listings found are collected. */
  private boolean meets(List<PartySpec> specs, List<ActorRef> refs, List<DesignationMatch> out) {
    if (specs.isEmpty()) {
      return true;
    }
    boolean any = false;
    for (PartySpec spec : specs) {
      for (ActorRef ref : refs) {
        if (spec.listed()) {
          List<DesignationMatch> matches = designations.match(ref);
          out.addAll(matches);
          any |= !matches.isEmpty();
        } else {
          any |= spec.matches(ref);
        }
      }
    }
    return any;
  }

  private static Predicate<Measure> inForce(Event event, LocalDate undatedOn) {
    Optional<DateSpan> span = DateSpan.parse(event.date());
    if (span.isPresent()) {
      return m -> m.inForceDuring(span.get());
    }
    if (undatedOn != null) {
      DateSpan day = DateSpan.day(undatedOn);
      return m -> m.inForceDuring(day);
    }
    return Measure::openEnded;
  }

  /** The words rules look at: the evidence text, the record's sentence and trigger, the parties. */
  private static List<String> eventWords(Event event, String evidenceText) {
    List<String> words = new ArrayList<>(Words.of(evidenceText));
    if (event.evidence() != null) {
      words.add("\n");
      words.addAll(Words.of(event.evidence().sentence()));
      words.add("\n");
      words.addAll(Words.of(event.evidence().trigger()));
    }
    for (ActorRef ref : event.actors()) {
      addParty(words, ref);
    }
    for (ActorRef ref : event.recipients()) {
      addParty(words, ref);
    }
    return words;
  }

  private static void addParty(List<String> words, ActorRef ref) {
    words.add("\n");
    words.addAll(Words.of(ref.text()));
    words.add("\n");
    words.addAll(Words.of(ref.name()));
  }
}
