package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code eventwire code} over a batch with bad inputs in it, through the real pipeline: every bad
 * input gets a message naming it on stderr, the good articles are still coded, and stdout holds
 * only contract records.
 */
class CodeCommandIT {
  private static final String WIRE =
      """
      Lima, Mar 3 (EFE).- Peruvian Foreign Minister Ana Cecilia Gervasi met her Chilean \
      counterpart in Santiago on Thursday to discuss border trade, the ministry said.

      The two countries signed a customs agreement in January. EFE

      xx/yy
      """;

  @TempDir static Path dir;
  private static int exit;
  private static String out;
  private static String err;

  @BeforeAll
  static void codeABatchWithBadInputs() throws IOException {
    Files.writeString(dir.resolve("good.txt"), WIRE);
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3});
    Files.writeString(
        dir.resolve("french.txt"),
        "Le ministre des affaires étrangères a rencontré son homologue à Paris jeudi pour "
            + "discuter des relations commerciales entre les deux pays, selon un communiqué "
            + "publié par le gouvernement dans la soirée de jeudi après la réunion.");
    Files.writeString(
        dir.resolve("feed.jsonl"),
        "{\"id\": \"j1\", \"text\": \"Japan and South Korea held talks in Tokyo on Monday.\","
            + " \"published\": \"2024-05-08\"}\n"
            + "{\"id\": \"j2\", \"text\": \n"
            + "{\"id\": \"j3\", \"text\": \"Brazil praised Argentina for its help.\","
            + " \"published\": \"2024-05-08\"}\n");
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L * 1024 * 1024);
    }
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(o, true));
    cli.setErr(new PrintWriter(e, true));
    List<String> args = new ArrayList<>(List.of("code"));
    for (String f :
        List.of("good.txt", "empty.txt", "binary.txt", "french.txt", "feed.jsonl", "huge.txt")) {
      args.add(dir.resolve(f).toString());
    }
    args.add(dir.resolve("missing.txt").toString());
    exit = cli.execute(args.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
  }

  @Test
  void theBatchSucceedsBecauseSomeArticlesCouldBeRead() {
    assertThat(exit).as(err).isZero();
  }

  @Test
  void everyBadInputIsNamedOnStandardErrorWithItsProblem() {
    assertThat(err)
        .contains("empty.txt")
        .contains("binary.txt")
        .contains("french.txt")
        .contains("feed.jsonl:2")
        .contains("huge.txt")
        .contains("missing.txt");
  }

  @Test
  void goodArticlesAroundTheBadOnesAreStillCodedAsContractRecords() throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.strip().split("\n")) {
      records.add(m.readTree(line));
    }
    assertThat(records).extracting(r -> r.get("article_id").asText()).contains("good", "j1", "j3");
    for (JsonNode r : records) {
      assertThat(r.has("type") && r.has("actors") && r.has("evidence") && r.has("modality"))
          .as(r.toString())
          .isTrue();
    }
  }

  @Test
  void nothingButRecordsIsPrintedOnStandardOutput() {
    for (String line : out.strip().split("\n")) {
      assertThat(line).startsWith("{").endsWith("}");
    }
  }
}
