package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.eventwire.store.IngestProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressDisplayTest {
  @TempDir Path dir;

  private static IngestProgress done(long n, long seconds) {
    return new IngestProgress(n, n, 0, 0, n, 0, Duration.ofSeconds(seconds));
  }

  @Test
  void onATerminalTheBarShowsTheShareDoneTheRateAndTheTimeLeft() {
    StringWriter out = new StringWriter();
    ProgressDisplay d = new ProgressDisplay(new PrintWriter(out), true, OptionalLong.of(400));
    d.progress(done(100, 10));
    assertThat(out.toString())
        .startsWith("\r[######..................]  25% 100 read")
        .contains("10.0 articles/s, ETA 0h 00m 30s");
  }

  @Test
  void offATerminalAPlainLineIsLoggedEveryThousandArticles() {
    StringWriter out = new StringWriter();
    ProgressDisplay d = new ProgressDisplay(new PrintWriter(out), false, OptionalLong.empty());
    d.progress(done(999, 10));
    assertThat(out.toString()).isEmpty();
    d.progress(done(1000, 10));
    assertThat(out.toString()).startsWith("eventwire: 1000 read").doesNotContain("\r", "ETA");
  }

  @Test
  void theCensusCountsJsonLinesParsedFeedItemsAndOtherFilesButNotStandardInput() throws Exception {
    Files.writeString(dir.resolve("a.jsonl"), "{}\n\n{}\n{}\n");
    Files.writeString(
        dir.resolve("b.rss"),
        "<rss version=\"2.0\"><channel><title>T</title><!-- <item>old</item> -->"
            + "<item><title>x</title><description>x</description></item>\n"
            + "<item><title>y</title><description>y</description></item></channel></rss>");
    Files.writeString(dir.resolve("broken.xml"), "<rss><channel><item>x</item>\n<item>y");
    Files.writeString(dir.resolve("c.txt"), "text");
    Files.writeString(dir.resolve(".hidden.txt"), "text");
    // 3 lines, 2 parsed items (not the commented one), 1 failure for the broken feed, 1 text
    assertThat(InputCensus.count(List.of(dir.toString()))).hasValue(7);
    assertThat(InputCensus.count(List.of("-"))).isEmpty();
  }
}
