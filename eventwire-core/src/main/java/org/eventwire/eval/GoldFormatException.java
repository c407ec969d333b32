package org.eventwire.eval;

/** A gold file that is not in a supported format. */
public final class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }
}
