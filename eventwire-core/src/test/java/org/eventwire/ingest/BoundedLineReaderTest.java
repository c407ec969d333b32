package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static List<String> lines(InputStream in, long max) throws IOException {
    BoundedLineReader reader = new BoundedLineReader(in, max);
    List<String> out = new ArrayList<>();
    for (BoundedLineReader.Chunk c = reader.next(); c != null; c = reader.next()) {
      out.add(c.tooLong() ? "<too long>" : new String(c.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void linesAreSplitAtLineFeedsWithALastLineWithoutOne() throws IOException {
    assertThat(lines(bytes("one\ntwo\n\nthree"), 100)).containsExactly("one", "two", "", "three");
  }

  @Test
  void aFinalLineFeedAddsNoEmptyLine() throws IOException {
    assertThat(lines(bytes("one\n"), 100)).containsExactly("one");
  }

  @Test
  void aLongLineIsReportedAndTheNextLineStillRead() throws IOException {
    assertThat(lines(bytes("x".repeat(50) + "\nok\n"), 10)).containsExactly("<too long>", "ok");
  }

  @Test
  void aLineLongerThanTheBufferIsKeptWhole() throws IOException {
    String longLine = "y".repeat(200_000);

    assertThat(lines(bytes(longLine + "\nz"), 1_000_000)).containsExactly(longLine, "z");
  }

  @Test
  void aHugeLineIsSkippedWithoutHoldingItInMemory() throws IOException {
    InputStream endless =
        new InputStream() {
          private long left = 300L * 1024 * 1024;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
          }
        };

    assertThat(lines(endless, 1024)).containsExactly("<too long>");
  }
}
