package org.eventwire.coding.lexicon;

/** A lexicon data file could not be read; the message starts with {@code file:line:}. */
public final class LexiconException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the file name the row came from, e.g. {@code predicates.tsv}
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param problem what is wrong, in a few words
   */
  public LexiconException(String source, int line, String problem) {
    super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file name the problem was found in. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 for a whole-file problem. */
  public int line() {
    return line;
  }
}
