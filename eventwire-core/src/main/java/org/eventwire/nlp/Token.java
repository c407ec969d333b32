package org.eventwire.nlp;

/**
 * A token of a parsed sentence.
 *
 * @param index 0-based index within its sentence
 * @param word the token text
 * @param lemma its lemma
 * @param pos Penn Treebank part-of-speech tag
 * @param ner coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, DATE, ...) or "O"
 * @param begin start offset in the document text
 * @param end end offset in the document text
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, int begin, int end) {

  /** Tagged as part of a date or a time of day by the time rules or NER. */
  public boolean isTime() {
    return ner.equals("DATE") || ner.equals("TIME");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.startsWith("PRP") || pos.equals("WP");
  }
}
