package org.eventwire.eval;

import java.util.List;

/**
 * How many records of a PETRARCH suite were coded on the treebank parse the suite gives them.
 *
 * @param used records coded on their given parse
 * @param fellBack records with a parse that was not used (coded on our own parse)
 * @param withoutParse scored records the suite gives no parse (coded on our own parse)
 * @param fallBacks one line per record that fell back: its id and why
 */
public record GivenParseCount(int used, int fellBack, int withoutParse, List<String> fallBacks) {
  public GivenParseCount {
    fallBacks = List.copyOf(fallBacks);
  }
}
