package org.eventwire.coding.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventwire.model.PloverType;

/**
 * One row of the predicate lexicon: a lemma (optionally with a particle and a restricted set of
 * object heads) and the event it triggers.
 *
 * @param lemma lower-case lemma, e.g. {@code meet}, {@code summit}
 * @param pos verb or eventive noun
 * @param particle the verb particle (UD {@code compound:prt}) that must be present, or null
 * @param objects lemmas one of which must head the direct object (for nouns: a compound or {@code
 *     of} modifier); empty means any object or none
 * @param type the PLOVER event type
 * @param mode the PLOVER mode, or null
 * @param cameo the CAMEO event code with leading zeros, e.g. {@code "042"}
 * @param recipientSlots where the recipient attaches, in preference order: {@code obj}, {@code
 *     iobj} or a preposition (case marker of an oblique or nominal modifier); empty when the event
 *     takes no recipient
 * @param contexts PLOVER contexts the predicate implies by itself
 * @param note a short note on the row
 * @param line the line number in the data file
 */
public record PredicateEntry(
    String lemma,
    Pos pos,
    String particle,
    Set<String> objects,
    PloverType type,
    String mode,
    String cameo,
    List<String> recipientSlots,
    List<String> contexts,
    String note,
    int line) {

  /** Part of speech of a lexicon lemma. */
  public enum Pos {
    VERB,
    NOUN
  }

  public PredicateEntry {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    objects = Set.copyOf(objects);
    recipientSlots = List.copyOf(recipientSlots);
    contexts = List.copyOf(contexts);
    note = note == null ? "" : note;
  }

  /** This row with another mode and CAMEO code (a light verb narrowed by its object's row). */
  public PredicateEntry withCode(String newMode, String newCameo) {
    return new PredicateEntry(
        lemma,
        pos,
        particle,
        objects,
        type,
        newMode,
        newCameo,
        recipientSlots,
        contexts,
        note,
        line);
  }

  /**
   * This row retyped by a coding rule (a weapon, a crowd, a host's request), with the rule's reason
   * added to its note; the lemma, slots and line stay, so {@code --explain} still cites the row.
   */
  public PredicateEntry recoded(PloverType newType, String newMode, String newCameo, String why) {
    return new PredicateEntry(
        lemma,
        pos,
        particle,
        objects,
        newType,
        newMode,
        newCameo,
        recipientSlots,
        contexts,
        note + "; " + why,
        line);
  }

  /** True when the row names a particle. */
  public boolean hasParticle() {
    return particle != null;
  }

  /** True when the row restricts the object head. */
  public boolean hasObjects() {
    return !objects.isEmpty();
  }

  /**
   * The preposition whose phrase names the actor when the subject is the one acted on ("received
   * weapons from X": X gives, the subject receives), or null for the usual roles.
   */
  public String sourceSlot() {
    return recipientSlots.stream()
        .filter(s -> s.startsWith("<"))
        .map(s -> s.substring(1))
        .findFirst()
        .orElse(null);
  }

  /** True when the event takes a recipient. */
  public boolean takesRecipient() {
    return !recipientSlots.isEmpty();
  }

  /**
   * How specific the row is: 3 particle and objects, 2 particle only, 1 objects only, 0 plain. More
   * specific rows win.
   */
  public int specificity() {
    return (hasParticle() ? 2 : 0) + (hasObjects() ? 1 : 0);
  }

  /**
   * Whether the row applies to a use of its lemma.
   *
   * @param usedParticle the particle present in the text, or null
   * @param objectLemma the lemma heading the object (or modifier), or null
   */
  public boolean matches(String usedParticle, String objectLemma) {
    if (hasParticle() && !particle.equals(usedParticle)) {
      return false;
    }
    return !hasObjects() || (objectLemma != null && objects.contains(objectLemma));
  }
}
