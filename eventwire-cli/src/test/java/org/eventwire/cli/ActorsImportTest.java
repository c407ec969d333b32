package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eventwire actors import}: a PETRARCH-style dictionary becomes an overlay folder. */
class ActorsImportTest {

  @Test
  void aDictionaryBecomesPeopleRowsAndTheUnwritableTermsAreListed(@TempDir Path dir)
      throws Exception {
    Path dict = dir.resolve("mine.actors.txt");
    Files.writeString(
        dict,
        "# invented for this test\n"
            + "ZORBLAT_QUENN_\n"
            + "+MINISTER_ZORBLAT_QUENN\n"
            + "[CHLGOV 200101-231231]\n"
            + "[CHLELI >240101]\n"
            + "OLWEN_MARR_ [XYZGOV]\n");
    Path out = dir.resolve("overlay");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute("actors", "import", "--out", out.toString(), dict.toString());
    assertThat(exit).isZero();
    String people = Files.readString(out.resolve("people.tsv"));
    assertThat(people).contains("Zorblat Quenn").contains("CHL\tGOV").contains("2020-01-01");
    assertThat(people).doesNotContain("Olwen Marr");
  }

  @Test
  void anUnknownKindIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
    Path dict = dir.resolve("d.txt");
    Files.writeString(dict, "A_B_ [CHLGOV]\n");
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(new StringWriter(), true));
    int exit =
        cli.execute("actors", "import", "--as", "things", "--out", dir.toString(), dict.toString());
    assertThat(exit).isEqualTo(2);
  }
}
