package org.eventwire.eval;

/**
 * A PETRARCH coding: source actor code, target actor code, CAMEO event code.
 *
 * @param source source actor code
 * @param target target actor code
 * @param code CAMEO code with leading zeros
 */
public record Triple(String source, String target, String code) {

  /** The "country+root" reduction: 3-character actor prefixes and the 2-digit CAMEO root. */
  public Triple root() {
    return new Triple(prefix(source, 3), prefix(target, 3), prefix(code, 2));
  }

  private static String prefix(String s, int n) {
    return s == null || s.length() <= n ? s : s.substring(0, n);
  }

  @Override
  public String toString() {
    return source + "→" + target + ":" + code;
  }
}
