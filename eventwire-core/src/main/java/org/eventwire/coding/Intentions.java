package org.eventwire.coding;

import java.util.Optional;
import java.util.Set;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.model.ActorRef;
import org.eventwire.model.Event;
import org.eventwire.model.Modality;
import org.eventwire.model.PloverType;

/**
 * A party's own statement that it will act is an event of its own (PLOVER: a promise is AGREE, a
 * stated intent to take negative action is THREATEN, a stated refusal to cooperate is REJECT). For
 * a planned action whose actors are the ones who announced it, this says which record the
 * announcement makes, so that one statement is one record rather than a plan and a promise:
 *
 * <ul>
 *   <li>a promise replaces the planned cooperative act (AGREE with the act's CAMEO intent code:
 *       "will visit Tokyo next month" is 036), a threat the planned hostile act (THREATEN, "will
 *       impose sanctions" is 1312), a refusal the refused act (REJECT, "would not send troops");
 *       the record keeps the plan's parties, date, place and modality (planned), so it reads as the
 *       announced plan typed by what announcing it does;
 *   <li>an announced withdrawal or easing stays coded as itself with the promise beside it: the
 *       PLOVER and CAMEO conventions code the announcement both ways (CONCEDE/RETREAT, or AGREE).
 * </ul>
 */
final class Intentions {
  /** Planned acts whose announcement is a promise (AGREE), or when negated a refusal (REJECT). */
  private static final Set<PloverType> COOPERATIVE =
      Set.of(
          PloverType.COOPERATE,
          PloverType.SUPPORT,
          PloverType.AID,
          PloverType.CONCEDE,
          PloverType.RETREAT,
          PloverType.CONSULT);

  /** Planned acts whose announcement is a threat (THREATEN). */
  private static final Set<PloverType> HOSTILE =
      Set.of(
          PloverType.SANCTION,
          PloverType.COERCE,
          PloverType.ASSAULT,
          PloverType.MOBILIZE,
          PloverType.REJECT,
          PloverType.PROTEST);

  /** Planned acts whose announcement is also coded as the act itself, beside the promise. */
  private static final Set<PloverType> ANNOUNCED_AS_ACT =
      Set.of(PloverType.CONCEDE, PloverType.RETREAT);

  private final PloverTypes types;
  private final ActSubcodes subcodes;

  Intentions(PloverTypes types, ActSubcodes subcodes) {
    this.types = types;
    this.subcodes = subcodes;
  }

  /**
   * The statement a planned event makes.
   *
   * @param event the record of the statement
   * @param replacesAct true when it stands instead of the planned act, false when beside it
   */
  record Statement(Event event, boolean replacesAct) {}

  /**
   * The statement a planned event makes, if it is announced by its own actors. None for a timetable
   * or an outside view of preparations (it promises nothing) or for a belief or hedge ("signs that
   * the North may be preparing a launch" is nobody's statement).
   *
   * @param e the coded event
   * @param cue the kind of the claim cue that decided its modality, or null
   */
  Optional<Statement> statement(Event e, ClaimCues.Kind cue) {
    boolean notAPledge =
        cue == ClaimCues.Kind.SCHEDULE
            || cue == ClaimCues.Kind.BELIEF
            || cue == ClaimCues.Kind.HEDGE;
    if (notAPledge || e.modality() != Modality.PLANNED || !selfAnnounced(e)) {
      return Optional.empty();
    }
    if (e.negated()) {
      if (!COOPERATIVE.contains(e.type())) {
        return Optional.empty();
      }
      // "said it would not send troops"
      return Optional.of(restated(e, PloverType.REJECT, ActSubcodes.Family.REFUSAL, "120"));
    }
    if (HOSTILE.contains(e.type())) {
      return Optional.of(restated(e, PloverType.THREATEN, ActSubcodes.Family.THREAT, "130"));
    }
    if (!COOPERATIVE.contains(e.type())) {
      return Optional.empty();
    }
    if (ANNOUNCED_AS_ACT.contains(e.type())) {
      String cameo = subcodes.of(ActSubcodes.Family.PROMISE, e.cameo()).orElse("030");
      Event promise =
          DerivedEvents.derive(types, e, PloverType.AGREE, null, cameo, e.actors(), e.recipients());
      return Optional.of(new Statement(promise, false));
    }
    return Optional.of(restated(e, PloverType.AGREE, ActSubcodes.Family.PROMISE, "030"));
  }

  /**
   * A promise or threat verb's record with the act it announces folded in: the act's recipients
   * when the statement names none, its sanctions flags when the statement has none; a vow of a
   * hostile act, or a promise of retaliation, is a threat ("vowed to punish Israel": THREATEN, with
   * the act's threat code). Empty when the act stays a record of its own: a withdrawal or easing
   * (both codings occur in the PLOVER gold), a negated act, an act by other parties than the
   * statement's, or a hostile act promised rather than vowed ("pledged to expel the exiled
   * leaders", a promise made to a third party).
   *
   * @param vow whether the verb announces hostile acts as threats (vow-verbs.txt)
   */
  Optional<Event> fold(Event statement, Event act, boolean vow) {
    boolean sameParties =
        statement.actors().stream()
            .map(ActorRef::code)
            .toList()
            .equals(act.actors().stream().map(ActorRef::code).toList());
    boolean promisedForce =
        statement.type() == PloverType.AGREE && HOSTILE.contains(act.type()) && !vow;
    if (ANNOUNCED_AS_ACT.contains(act.type()) || act.negated() || !sameParties || promisedForce) {
      return Optional.empty();
    }
    Event out = statement;
    if (statement.type() == PloverType.AGREE && act.type() == PloverType.THREATEN) {
      out = DerivedEvents.retype(types, statement, PloverType.THREATEN, act.cameo());
    } else if (statement.type() == PloverType.AGREE && HOSTILE.contains(act.type())) {
      String cameo = subcodes.of(ActSubcodes.Family.THREAT, act.cameo()).orElse("130");
      out = DerivedEvents.retype(types, statement, PloverType.THREATEN, cameo);
    }
    if (out.recipients().isEmpty()) {
      out = out.withRecipients(act.recipients());
    }
    if (out.sanctions().isEmpty()) {
      out = out.withSanctions(act.sanctions());
    }
    return Optional.of(out);
  }

  /** The planned act as the statement that announced it, in its place. */
  private Statement restated(Event e, PloverType type, ActSubcodes.Family family, String general) {
    String cameo = subcodes.of(family, e.cameo()).orElse(general);
    return new Statement(DerivedEvents.retype(types, e, type, cameo), true);
  }

  /**
   * The claimants, if any, are parties to the plan: "Israel said it will withdraw", "Portugal will
   * back the bid, its president said", "the minister will visit, the host's embassy said". A third
   * party's forecast ("Seoul says Pyongyang will fire") is not the actor's statement; an unnamed
   * source ("diplomatic sources said") does not make it one either.
   */
  private static boolean selfAnnounced(Event e) {
    if (e.actors().stream().allMatch(Intentions::unknown)) {
      return false; // nobody known to have announced anything
    }
    for (ActorRef c : e.claimants()) {
      if (!unknown(c)
          && !DerivedEvents.among(e.actors(), c)
          && !DerivedEvents.among(e.recipients(), c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean unknown(ActorRef a) {
    return a.code() == null && !a.placed();
  }
}
