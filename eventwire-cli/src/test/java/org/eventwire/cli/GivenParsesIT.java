package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code eventwire eval --given-parses} on a small invented PETRARCH suite, through the real
 * pipeline: a record is coded on its own tree (a tree that makes the object the subject changes
 * what is coded, while the same words without a tree are coded on our parse), a tree whose leaves
 * are not the text falls back with the reason, and the report counts both.
 */
class GivenParsesIT {
  private static final String EXPECTED =
      "\"expected\": [{\"source\": \"%s\", \"target\": \"CHL\", \"code\": \"111\"}]";
  private static final String SUITE =
      String.join(
          "\n",
          record(
              "given-norway",
              "Norway criticized Chile.",
              "NOR",
              "\"(ROOT (SINV (NP (NNP Norway)) (VP (VBD criticized)) (NP (NNP Chile)) (. .)))\""),
          record("own-norway", "Norway criticized Chile .", "NOR", "null"),
          record(
              "misaligned-sweden",
              "Sweden criticized Chile.",
              "SWE",
              "\"(ROOT (S (NP (NNP Denmark)) (VP (VBD criticized) (NP (NNP Chile))) (. .)))\""));

  @TempDir static Path dir;
  private static int exit;
  private static String out;
  private static String err;

  private static String record(String id, String text, String source, String parse) {
    return "{\"id\": \""
        + id
        + "\", \"date\": \"20240506\", \"text\": \""
        + text
        + "\", \"parse\": "
        + parse
        + ", "
        + EXPECTED.formatted(source)
        + ", \"evaluate\": true, \"expected_error\": null, \"dictionaries\": \"Test\"}";
  }

  @BeforeAll
  static void evaluateTheSuiteOnItsGivenParses() throws IOException {
    Path suite = dir.resolve("given-parses-suite.jsonl");
    Files.writeString(suite, SUITE + "\n");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(o, true));
    cli.setErr(new PrintWriter(e, true));
    exit = cli.execute("eval", "--verbose", "--given-parses", suite.toString());
    out = o.toString();
    err = e.toString();
  }

  @Test
  void theReportCountsTheParsesUsedAndThoseThatFellBack() {
    assertThat(exit).as(err).isZero();
    assertThat(out)
        .contains("given parses:          1 used, 1 fell back (1 records without a parse)");
  }

  @Test
  void aFallBackIsListedWithTheLeafThatDidNotMatch() {
    assertThat(out).contains("misaligned-sweden: leaf 1 'Denmark' vs token 'Sweden'");
  }

  @Test
  void theRecordWithATreeIsCodedOnItAndNotOnOurParse() {
    assertThat(out).contains("given-norway: expected NOR→CHL:111, coded");
    assertThat(out).doesNotContain("own-norway:");
  }

  @Test
  void aRecordWhoseTreeFellBackIsCodedOnOurParse() {
    assertThat(out).doesNotContain("misaligned-sweden: expected");
  }
}
