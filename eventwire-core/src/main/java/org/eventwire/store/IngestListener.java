package org.eventwire.store;

/** Hears how an ingest run goes. Called on the thread that runs the ingest. */
public interface IngestListener {

  /** After every article handled (stored, recognised as a copy, or failed). */
  void progress(IngestProgress progress);

  /**
   * An input or article that was skipped.
   *
   * @param input the file, file and line, or article id
   * @param problem what went wrong
   */
  void failed(String input, String problem);

  /** A listener that ignores everything. */
  static IngestListener silent() {
    return new IngestListener() {
      @Override
      public void progress(IngestProgress progress) {}

      @Override
      public void failed(String input, String problem) {}
    };
  }
}
