package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eventwire --actors DIR code}: the user's own actor files take part in coding. */
class ActorOverlayIT {

  @Test
  void aPersonFromTheUsersOwnFileIsResolvedInCodedRecords(@TempDir Path dir) throws Exception {
    Path overlay = Files.createDirectory(dir.resolve("mine"));
    Files.writeString(
        overlay.resolve("people.tsv"),
        "name\tvariants\tcountry\tsector\trole\tfrom\tto\tsurname\n"
            + "Zorblat Quenn\t\tCHL\tGOV\tforeign minister\t2020-01-01\t\tQuenn\n");
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(
        feed,
        "{\"id\": \"q1\", \"published\": \"2023-05-04\", \"text\": \"Zorblat Quenn met the"
            + " Peruvian president in Lima on Tuesday.\"}\n");
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    int exit = cli.execute("--actors", overlay.toString(), "code", feed.toString());
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("\"code\":\"CHLGOV\"");
  }
}
