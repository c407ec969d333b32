package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventwire.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} and {@code demo} refuse bad options before they open a port or load CoreNLP. */
class ServeOptionsTest {
  @TempDir Path dir;

  private String refused(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    assertThat(exit).as(String.join(" ", args)).isEqualTo(2);
    return err.toString();
  }

  private String store() {
    Path db = dir.resolve("s.duckdb");
    EventStore.open(db).close();
    return db.toString();
  }

  @Test
  void servingAStoreThatDoesNotExistIsAUsageError() {
    assertThat(refused("serve", "--db", dir.resolve("none.duckdb").toString()))
        .contains("no store at");
  }

  @Test
  void aTokenFromBothAVariableAndAFileIsAUsageError() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "abc\n");
    assertThat(
            refused(
                "serve", "--db", store(), "--token-env", "PATH", "--token-file", token.toString()))
        .contains("not both");
  }

  @Test
  void anEmptyTokenVariableIsAUsageError() {
    assertThat(refused("serve", "--db", store(), "--token-env", "EVENTWIRE_NO_SUCH_VARIABLE_9"))
        .contains("is empty");
  }

  @Test
  void anEmptyTokenFileIsAUsageError() throws Exception {
    Path token = Files.writeString(dir.resolve("empty"), "\n");
    assertThat(refused("serve", "--db", store(), "--token-file", token.toString()))
        .contains("token is empty");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    assertThat(refused("serve", "--db", store(), "--port", "70000")).contains("port");
  }

  @Test
  void aDemoWithoutItsSamplesIsAUsageError() {
    assertThat(
            refused(
                "demo",
                "--db",
                dir.resolve("d.duckdb").toString(),
                "--samples",
                dir.resolve("nothing").toString()))
        .contains("no sample articles");
  }
}
