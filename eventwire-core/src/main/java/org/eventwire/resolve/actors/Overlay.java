package org.eventwire.resolve.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Layering of a user's knowledge-base rows over the shipped ones (see {@link KnowledgeBase}). */
final class Overlay {

  private Overlay() {}

  /**
   * The base rows whose key no user row has, then all user rows: a user row replaces every base row
   * with its key.
   */
  static <T> List<T> merge(List<T> base, List<T> user, Function<T, String> key) {
    Set<String> replaced = new HashSet<>();
    user.forEach(u -> replaced.add(key.apply(u)));
    List<T> out = new ArrayList<>();
    for (T b : base) {
      if (!replaced.contains(key.apply(b))) {
        out.add(b);
      }
    }
    out.addAll(user);
    return List.copyOf(out);
  }

  /** The key of a name as the matcher compares it (case, accents and a leading "the" ignored). */
  static String nameKey(String name) {
    return Word.key(Word.ofText(name));
  }
}
