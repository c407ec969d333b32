package org.eventwire.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks, once at start-up, that every stage's needs are met by the stages before it. */
public final class StageOrder {
  private StageOrder() {}

  public static void check(List<? extends Stage<?, ?>> stages) {
    Set<Capability> have = EnumSet.of(Capability.ARTICLE);
    for (Stage<?, ?> s : stages) {
      Set<Capability> missing = EnumSet.noneOf(Capability.class);
      missing.addAll(s.requires());
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "stage '" + s.name() + "' needs " + missing + " but only " + have + " come before it");
      }
      have.addAll(s.provides());
    }
  }
}
