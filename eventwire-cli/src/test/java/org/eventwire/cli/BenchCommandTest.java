package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.cli.bench.JmhSettings;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.TextAnalyzer;
import org.eventwire.nlp.Token;
import org.eventwire.pipeline.KnowledgeOptions;
import org.eventwire.pipeline.Pipelines;
import org.eventwire.resolve.sanctions.DesignationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark command over JMH in this JVM, on a stand-in analyzer (one sentence of whitespace
 * tokens, no parse): the table's shape and the options that reach JMH. No figure is asserted.
 */
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

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private String feed =
      "{\"id\": \"a\", \"text\": \"Japan and South Korea held talks in Tokyo on Monday.\"}\n"
          + "{\"id\": \"b\", \"text\": \"Brazil praised Argentina for its help in the floods.\"}\n";

  private int run(String... args) throws IOException {
    Files.writeString(dir.resolve("feed.jsonl"), feed);
    CommandLine cli = commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.add(dir.resolve("feed.jsonl").toString());
    return cli.execute(all.toArray(String[]::new));
  }

  private TextAnalyzer analyzer = WORDS;

  private CommandLine commandLine() {
    return new CommandLine(
        new BenchCommand(
            () -> Pipelines.withAnalyzer(analyzer, DesignationIndex.empty()),
            KnowledgeOptions::bundled));
  }

  /** A quick in-process JMH run: no warm-up, one short measured iteration per row. */
  private String bench(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--warmup", "0x10ms", "--measure", "1x100ms"));
    all.addAll(List.of(args));
    assertThat(run(all.toArray(String[]::new))).isZero();
    return out.toString();
  }

  @Test
  void theTableHasEveryStageForEveryThreadCountAndTheProcessFigures() throws IOException {
    String table = bench("--thread-counts", "1,2");
    assertThat(table)
        .containsPattern("Input: 2 articles, 1\\d tokens")
        .contains("| pipeline load |")
        .contains("| heap after load (after GC) |")
        .contains("| peak RSS (VmHWM) |");
    for (String stage : List.of("NLP (Analyze)", "coding (CodeEvents)", "end to end")) {
      assertThat(table)
          .containsPattern(
              "\\| " + Pattern.quote(stage) + " \\| 1 \\| [\\d,.]+ ± \\S+ \\| [\\d,]+ ± ")
          .contains("| " + stage + " | 2 |");
    }
  }

  @Test
  void tokensPerSecondAreArticlesPerSecondTimesTheTokensOfTheOneArticleOnTwoThreads()
      throws IOException {
    feed = "{\"id\": \"a\", \"text\": \"one two three four five six seven eight nine ten\"}\n";
    String table = bench("--thread-counts", "2");
    Matcher row =
        Pattern.compile("\\| coding \\(CodeEvents\\) \\| 2 \\| ([\\d,.]+) ± \\S+ \\| ([\\d,]+) ± ")
            .matcher(table);
    assertThat(row.find()).as(table).isTrue();
    double articles = Double.parseDouble(row.group(1).replace(",", ""));
    double tokens = Double.parseDouble(row.group(2).replace(",", ""));
    assertThat(tokens / articles).isCloseTo(10.0, within(0.01));
  }

  @Test
  void anArticleOnWhichAStageFailsIsLeftOutAndNamed() throws IOException {
    analyzer =
        (text, date) -> {
          if (text.contains("Brazil")) {
            throw new IllegalStateException("the stand-in cannot parse this");
          }
          return WORDS.analyze(text, date);
        };
    String table = bench("--thread-counts", "1");
    assertThat(table).contains("Input: 1 articles").contains("| end to end | 1 |");
    assertThat(err.toString()).contains("b: left out of the benchmark").contains("cannot parse");
  }

  @Test
  void whenNoArticleCanBeCodedTheCommandSaysSo() throws IOException {
    analyzer =
        (text, date) -> {
          throw new IllegalStateException("the stand-in cannot parse this");
        };
    assertThat(run("--thread-counts", "1")).isOne();
    assertThat(err.toString()).contains("the benchmark needs at least one codable article");
  }

  @Test
  void theIterationsAskedForAreTheOnesJmhRan() throws IOException {
    String table = bench("--thread-counts", "1");
    assertThat(table).contains("0 warm-up x 10 ms, 1 measured x 100 ms, in this JVM (forks 0)");
  }

  @Test
  void onlyTheThreadCountsAskedForAreMeasured() throws IOException {
    String table = bench("--thread-counts", "2");
    assertThat(table).contains("| end to end | 2 |").doesNotContain("| end to end | 1 |");
  }

  @Test
  void theProfilersNamedOnTheCommandLineRunInJmhAndTheirFiguresArePrinted() throws IOException {
    String table = bench("--thread-counts", "1", "--profiler", "gc", "--profiler", "stack");
    assertThat(table)
        .contains("| profiler figure |")
        .contains("| coding (CodeEvents) | 1 | gc.")
        .contains("| coding (CodeEvents) | 1 | stack | text, in JMH's log (stderr) |");
  }

  @Test
  void iterationsNotWrittenAsCountTimesLengthAreAUsageErrorNamingTheText() throws IOException {
    assertThat(run("--measure", "10s")).isEqualTo(2);
    assertThat(err.toString()).contains("'10s' is not COUNTxTIME");
  }

  @Test
  void optionsThatDoNotFitTogetherAreAUsageErrorNamingTheProblem() throws IOException {
    assertThat(run("--forks", "1", "-")).isEqualTo(2);
    assertThat(run("--thread-counts", "0,2")).isEqualTo(2);
    assertThat(run("--threads", "2")).isEqualTo(2);
    assertThat(err.toString())
        .contains("stdin (-) cannot be re-read by a forked benchmark JVM")
        .contains("--thread-counts must all be 1 or more: [0, 2]")
        .contains("bench measures on --thread-counts, not --threads");
  }

  @Test
  void anUnknownProfilerIsReportedByName() throws IOException {
    assertThat(run("--warmup", "0x10ms", "--measure", "1x10ms", "--profiler", "nosuch")).isOne();
    assertThat(err.toString()).contains("JMH failed (profilers asked for: [nosuch])");
  }

  @Test
  void theSettingsCarryTheOptions() {
    CommandLine cli = commandLine();
    cli.parseArgs("--warmup", "3x1s", "--measure", "4x2s", "--forks", "1", "--profiler", "gc", "x");
    BenchCommand bench = cli.getCommand();
    assertThat(bench.settings())
        .isEqualTo(
            new JmhSettings(
                JmhSettings.Rounds.parse("3x1s"),
                JmhSettings.Rounds.parse("4x2s"),
                1,
                List.of("gc")));
  }
}
