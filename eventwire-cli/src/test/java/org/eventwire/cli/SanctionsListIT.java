package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code eventwire --sanctions-list FILE code}: parties on the UN list are flagged by reference.
 */
class SanctionsListIT {
  private static final Path LIST =
      Path.of(System.getProperty("eventwire.shared", "../shared"))
          .resolve("data/un-sc-consolidated-list-2020-03-20.xml");

  @Test
  void aDealWithAListedEntityIsFlaggedWithItsListingReference(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(LIST), "shared copy of the Consolidated List not present");
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(
        feed,
        "{\"id\": \"d1\", \"published\": \"2023-12-13\", \"text\": \"Syria bought rocket parts"
            + " from the Korea Mining Development Trading Corporation last year, Western"
            + " diplomats said.\"}\n");
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    int exit = cli.execute("--sanctions-list", LIST.toString(), "code", feed.toString());
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("\"listing\":\"KPe.001\"").contains("UNSC-1718");
  }
}
