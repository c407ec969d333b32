package org.eventwire.model;

/**
 * An actor as the article names it and as eventwire resolved it.
 *
 * @param text the words in the article
 * @param name canonical name, or null when unresolved
 * @param country ISO 3166-1 alpha-3, or null
 * @param igo international body (UN, UNSC, EU, NATO, ...), or null
 * @param sector GOV MIL SPY MED BUS REB OPP JUD LEG COP NGO EDU ..., or null
 * @param code CAMEO actor code (PRKGOV, KORSPY, IGOUNO, RUS), or null when unresolved
 */
public record ActorRef(
    String text, String name, String country, String igo, String sector, String code) {

  /** An actor the knowledge base could not resolve: text kept, code null. */
  public static ActorRef unresolved(String text) {
    return new ActorRef(text, null, null, null, null, null);
  }

  /** True when it names a state or an international body, not only a sector or nothing. */
  public boolean placed() {
    return country != null || igo != null;
  }
}
