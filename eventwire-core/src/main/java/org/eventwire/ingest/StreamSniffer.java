package org.eventwire.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;

/** Looks at the start of a stream without consuming it. */
final class StreamSniffer {
  /** How far to look for the first non-blank byte. */
  static final int LOOKAHEAD = 64 * 1024;

  private StreamSniffer() {}

  /** Whether the first non-blank byte (a BOM is skipped) within the lookahead is '{'. */
  static boolean startsWithBrace(BufferedInputStream in) throws IOException {
    in.mark(LOOKAHEAD);
    try {
      for (int i = 0; i < LOOKAHEAD; i++) {
        int b = in.read();
        if (b < 0) {
          return false;
        }
        if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
          return b == '{';
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }
}
