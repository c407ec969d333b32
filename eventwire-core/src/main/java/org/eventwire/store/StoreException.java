package org.eventwire.store;

/** The store could not be opened, migrated, read or written; the message says which. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message + (cause == null ? "" : ": " + firstLine(cause.getMessage())), cause);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
