package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.eventwire.nlp.Coreference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --coref} chooses CoreNLP coreference for every command that codes. */
class CorefOptionTest {

  @Test
  void coreferenceIsOffUnlessAsked() {
    CommandLine cl = Main.commandLine();
    cl.parseArgs();
    assertThat(((Main) cl.getCommand()).nlp().coreference()).isEqualTo(Coreference.OFF);
  }

  @Test
  void aModeIsReadInAnyCase() {
    CommandLine cl = Main.commandLine();
    cl.parseArgs("--coref", "Statistical");
    assertThat(((Main) cl.getCommand()).nlp().coreference()).isEqualTo(Coreference.STATISTICAL);
  }

  @Test
  void anUnknownModeIsRefusedWithTheAllowedValues() {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("--coref", "deterministic", "help");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("'deterministic'").contains("statistical");
  }
}
