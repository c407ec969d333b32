package org.eventwire.coding.lexicon;

import java.util.Objects;
import java.util.Set;
import org.eventwire.model.PloverType;

/**
 * What eventwire assumes about one PLOVER type by default.
 *
 * @param type the PLOVER type
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param intensity default score on the -10 (most conflictual) .. +10 (most cooperative) scale
 * @param modes the modes a record of this type may carry
 * @param contexts the contexts a record of this type may carry
 */
public record PloverTypeInfo(
    PloverType type, int quadClass, double intensity, Set<String> modes, Set<String> contexts) {

  public PloverTypeInfo {
    Objects.requireNonNull(type, "type");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1..4: " + quadClass);
    }
    if (intensity < -10 || intensity > 10) {
      throw new IllegalArgumentException("intensity must be -10..10: " + intensity);
    }
    modes = Set.copyOf(modes);
    contexts = Set.copyOf(contexts);
  }

  /** Whether {@code mode} (null meaning no mode) is allowed for this type. */
  public boolean allowsMode(String mode) {
    return mode == null || modes.contains(mode);
  }

  /** Whether {@code context} is allowed for this type. */
  public boolean allowsContext(String context) {
    return contexts.contains(context);
  }
}
