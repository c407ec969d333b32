package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.TextAnalyzer;
import org.eventwire.nlp.Token;
import org.eventwire.pipeline.Pipelines;
import org.eventwire.resolve.sanctions.DesignationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark's table, on a stand-in analyzer (one sentence of whitespace tokens, no parse). */
class BenchCommandTest {
  @TempDir Path dir;

  private static final TextAnalyzer WORDS =
      (text, date) -> {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        for (String w : text.strip().split("\\s+")) {
          int begin = text.indexOf(w, i);
          i = begin + w.length();
          tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", "O", begin, i));
        }
        ParsedSentence s =
            new ParsedSentence(0, 0, text.length(), text, tokens, List.of(), List.of(), List.of());
        return new ParsedDocument(text, date, List.of(s));
      };

  private String bench(String... args) throws IOException {
    Files.writeString(
        dir.resolve("feed.jsonl"),
        "{\"id\": \"a\", \"text\": \"Japan and South Korea held talks in Tokyo on Monday.\"}\n"
            + "{\"id\": \"b\", \"text\": \"Brazil praised Argentina for its help in the floods.\"}\n");
    StringWriter out = new StringWriter();
    CommandLine cli =
        new CommandLine(
            new BenchCommand(() -> Pipelines.withAnalyzer(WORDS, DesignationIndex.empty())));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    List<String> all = new ArrayList<>(List.of(args));
    all.add(dir.resolve("feed.jsonl").toString());
    assertThat(cli.execute(all.toArray(String[]::new))).isZero();
    return out.toString();
  }

  @Test
  void theTableHasEveryStageForEveryThreadCountAndTheProcessFigures() throws IOException {
    String table = bench("--thread-counts", "1,2", "--warmups", "0", "--rounds", "1");
    assertThat(table)
        .containsPattern("Input: 2 articles, 1\\d tokens")
        .contains("| pipeline load |")
        .contains("| heap after load (after GC) |")
        .contains("| peak RSS (VmHWM) |");
    for (String stage : List.of("NLP (Analyze)", "coding (CodeEvents)", "end to end")) {
      assertThat(table).contains("| " + stage + " | 1 |").contains("| " + stage + " | 2 |");
    }
  }

  @Test
  void onlyTheThreadCountsAskedForAreMeasured() throws IOException {
    String table = bench("--thread-counts", "2", "--warmups", "0", "--rounds", "1");
    assertThat(table).contains("| end to end | 2 |").doesNotContain("| end to end | 1 |");
  }
}
