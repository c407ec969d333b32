package org.eventwire.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text, refusing binary data.
 *
 * <p>Rules: any NUL byte means binary. Otherwise the bytes are read as UTF-8; when more than
 * {@value #MAX_ODD_PERCENT}% of the characters are undecodable or control characters (other than
 * tab, line feed, form feed and carriage return) the input is binary. Text that is not valid UTF-8
 * but otherwise clean is read as Windows-1252 (older Western wire files). A byte-order mark is
 * dropped and line ends become {@code \n}.
 */
final class TextDecoder {
  static final int MAX_ODD_PERCENT = 10;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  String decode(byte[] bytes) throws InputProblem {
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputProblem("looks like a binary file (NUL bytes), not text");
      }
    }
    String text;
    try {
      text = strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      checkNotBinary(lenient);
      text = new String(bytes, WINDOWS_1252);
    }
    checkNotBinary(text);
    return normalise(text);
  }

  /** Refuses text with too many control or replacement characters. */
  void checkNotBinary(String text) throws InputProblem {
    long odd = text.chars().filter(TextDecoder::isOdd).count();
    if (odd * 100 > (long) text.length() * MAX_ODD_PERCENT || text.indexOf('\0') >= 0) {
      throw new InputProblem("looks like a binary file (control or undecodable bytes), not text");
    }
  }

  /** Drops a byte-order mark and turns CR LF and lone CR into LF. */
  static String normalise(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharBuffer chars =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  private static boolean isOdd(int c) {
    return c == '\uFFFD'
        || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f');
  }
}
