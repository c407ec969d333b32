package org.eventwire.eval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eventwire.model.ActorRef;

/**
 * The keys gold uses for actors: the ISO3 country, and {@code IGO:<name>} for bodies (a UN agency
 * or organ also {@code IGO:UN}, as the gold files code them; docs/corpus.md).
 */
public final class ActorKeys {
  private ActorKeys() {}

  /** The keys of one resolved actor; empty when it resolved to neither country nor body. */
  public static Set<String> of(ActorRef actor) {
    Set<String> keys = new LinkedHashSet<>();
    if (actor.country() != null && !actor.country().isBlank()) {
      keys.add(actor.country());
    }
    if (actor.igo() != null && !actor.igo().isBlank()) {
      keys.add("IGO:" + actor.igo());
      if (unSystem(actor)) {
        keys.add("IGO:UN"); // the gold's convention: UN agencies, organs and forces are IGO:UN
      }
    }
    return keys;
  }

  /**
   * A body of the UN system other than the Security Council (which the gold codes as {@code
   * IGO:UNSC}): its code starts with IGOUNO (igos.tsv).
   */
  private static boolean unSystem(ActorRef actor) {
    String code = actor.code();
    return code != null
        && code.startsWith("IGOUNO")
        && !actor.igo().equals("UN")
        && !actor.igo().equals("UNSC")
        && !actor.igo().equals("1718C");
  }

  /** The keys of all the actors. */
  public static Set<String> of(Collection<ActorRef> actors) {
    Set<String> keys = new LinkedHashSet<>();
    actors.forEach(a -> keys.addAll(of(a)));
    return keys;
  }

  /** How one actor is shown in a summary: its keys, else its code, else its words in quotes. */
  public static String label(ActorRef actor) {
    Set<String> keys = of(actor);
    if (!keys.isEmpty()) {
      return String.join("/", keys);
    }
    if (actor.code() != null) {
      return actor.code();
    }
    return "\"" + actor.text() + "\"";
  }
}
