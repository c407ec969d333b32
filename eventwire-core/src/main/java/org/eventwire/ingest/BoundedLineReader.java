package org.eventwire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code \n}, holding at most {@code maxBytes} of one line in
 * memory: a longer line is skipped to its end and reported as too long. Not thread-safe.
 */
final class BoundedLineReader {
  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int len;

  BoundedLineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * One line of the stream.
   *
   * @param bytes the line without its line end, or null when it was too long
   */
  record Chunk(byte[] bytes) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  /** The next line, or null at the end of the stream. */
  Chunk next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean any = false;
    boolean tooLong = false;
    while (true) {
      if (pos == len && !fill()) {
        return any ? chunk(line, tooLong) : null;
      }
      any = true;
      int end = indexOfNewline();
      int stop = end < 0 ? len : end;
      if (!tooLong && line.size() + (long) (stop - pos) > maxBytes) {
        tooLong = true;
        line.reset();
      }
      if (!tooLong) {
        line.write(buffer, pos, stop - pos);
      }
      pos = end < 0 ? len : end + 1;
      if (end >= 0) {
        return chunk(line, tooLong);
      }
    }
  }

  private static Chunk chunk(ByteArrayOutputStream line, boolean tooLong) {
    return new Chunk(tooLong ? null : line.toByteArray());
  }

  private boolean fill() throws IOException {
    len = in.read(buffer);
    pos = 0;
    if (len < 0) {
      len = 0;
      return false;
    }
    return true;
  }

  private int indexOfNewline() {
    for (int i = pos; i < len; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
