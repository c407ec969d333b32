package org.eventwire.ingest;

/** An input that cannot become an article; the message says why, in words a user can act on. */
final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  InputProblem(String problem) {
    super(problem);
  }
}
