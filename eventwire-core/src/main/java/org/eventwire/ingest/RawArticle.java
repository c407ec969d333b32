package org.eventwire.ingest;

/**
 * An article as found in the input, before checks and layout.
 *
 * @param input how to name the input in a problem report (file, or file and line)
 * @param id the article id
 * @param text the text
 * @param published the metadata publication date as written, or null
 * @param title the metadata title, or null
 * @param source the metadata outlet, or null
 * @param url the metadata address, or null
 */
record RawArticle(
    String input,
    String id,
    String text,
    String published,
    String title,
    String source,
    String url) {

  static RawArticle wire(String input, String id, String text) {
    return new RawArticle(input, id, text, null, null, null, null);
  }
}
