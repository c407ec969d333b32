package org.eventwire.ingest;

import java.io.IOException;
import java.io.InputStream;

/** The article size limit: messages and bounded reads. */
final class Limits {
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16L;

  private Limits() {}

  static String tooLarge(long bytes, long max) {
    return "too large: " + bytes + " bytes (limit " + max + " bytes)";
  }

  static String tooLarge(long max) {
    return "too large: more than " + max + " bytes (limit " + max + " bytes)";
  }

  /** Reads all of {@code in}, refusing (without reading further) more than {@code max} bytes. */
  static byte[] readAtMost(InputStream in, long max) throws IOException, InputProblem {
    int cap = (int) Math.min(max + 1, MAX_ARRAY);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length > max) {
      throw new InputProblem(tooLarge(max));
    }
    return bytes;
  }
}
