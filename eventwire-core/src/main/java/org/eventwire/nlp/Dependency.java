package org.eventwire.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relation names,
 * e.g. {@code nsubj}, {@code obj}, {@code obl:in}, {@code nsubj:pass}).
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation relation name, with its subtype when there is one
 */
public record Dependency(int governor, int dependent, String relation) {

  /** The relation without its subtype: {@code obl:in} gives {@code obl}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
