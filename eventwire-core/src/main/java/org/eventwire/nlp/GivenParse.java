package org.eventwire.nlp;

/**
 * What became of a given treebank parse for one text: the document re-analysed on it, or the reason
 * it could not be used (the caller keeps its own parse).
 *
 * @param document the document with the given parse's tags and dependencies, or null
 * @param fallBackReason why the parse was not used, or null when it was
 */
public record GivenParse(ParsedDocument document, String fallBackReason) {

  public static GivenParse used(ParsedDocument document) {
    return new GivenParse(document, null);
  }

  public static GivenParse fellBack(String reason) {
    return new GivenParse(null, reason);
  }

  public boolean wasUsed() {
    return fallBackReason == null;
  }
}
