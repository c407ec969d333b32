package org.eventwire.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.eventwire.pipeline.KnowledgeOptions;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.TimeValue;

/** The benchmark's settings as JMH receives them, and the input a forked JVM rebuilds. */
class JmhSettingsTest {

  @Test
  void iterationsAreWrittenAsCountTimesLength() {
    assertThat(JmhSettings.Rounds.parse("2x10s"))
        .isEqualTo(new JmhSettings.Rounds(2, TimeValue.seconds(10)));
    assertThat(JmhSettings.Rounds.parse("3x500ms"))
        .isEqualTo(new JmhSettings.Rounds(3, TimeValue.milliseconds(500)));
  }

  @Test
  void iterationsNotInThatFormAreRejectedWithTheText() {
    assertThatThrownBy(() -> JmhSettings.Rounds.parse("ten seconds"))
        .hasMessageContaining("'ten seconds' is not COUNTxTIME");
    assertThatThrownBy(() -> JmhSettings.Rounds.parse("2x10parsecs"))
        .hasMessageContaining("'2x10parsecs': unknown time unit");
  }

  @Test
  void theOptionsCarryThreadsIterationsForksAndProfilersToJmh() {
    JmhSettings settings =
        new JmhSettings(
            JmhSettings.Rounds.parse("1x3s"), JmhSettings.Rounds.parse("4x5s"), 2, List.of("gc"));
    Options options = settings.options(2, List.of("-Dx=y"));
    assertThat(options.getThreads().get()).isEqualTo(2);
    assertThat(options.getWarmupIterations().get()).isEqualTo(1);
    assertThat(options.getWarmupTime().get()).isEqualTo(TimeValue.seconds(3));
    assertThat(options.getMeasurementIterations().get()).isEqualTo(4);
    assertThat(options.getMeasurementTime().get()).isEqualTo(TimeValue.seconds(5));
    assertThat(options.getForkCount().get()).isEqualTo(2);
    assertThat(options.getJvmArgsAppend().get()).containsExactly("-Dx=y");
    assertThat(options.getProfilers()).containsExactly(new ProfilerConfig("gc"));
    assertThat(options.getIncludes()).singleElement().asString().contains("StageBenchmarks");
  }

  @Test
  void anInProcessRunPassesNoJvmArguments() {
    JmhSettings settings =
        new JmhSettings(
            JmhSettings.Rounds.parse("0x1s"), JmhSettings.Rounds.parse("1x1s"), 0, List.of());
    assertThat(settings.options(1, List.of("-Dx=y")).getJvmArgsAppend().hasValue()).isFalse();
  }

  @Test
  void aRunWithoutMeasuredIterationsOrWithNegativeForksIsRefused() {
    JmhSettings.Rounds one = JmhSettings.Rounds.parse("1x1s");
    assertThatThrownBy(() -> new JmhSettings(one, JmhSettings.Rounds.parse("0x1s"), 0, List.of()))
        .hasMessageContaining("--measure needs at least one iteration");
    assertThatThrownBy(() -> new JmhSettings(one, one, -1, List.of()))
        .hasMessageContaining("--forks must be 0 or more");
  }

  @Test
  void aForkedJvmRebuildsTheInputFromTheJvmArguments() {
    BenchInput input =
        new BenchInput(
            List.of("samples/articles", "more/feed.jsonl"),
            LocalDate.of(2026, 12, 7),
            new KnowledgeOptions(Path.of("un-list.xml"), Path.of("my-actors")));
    Properties properties = new Properties();
    for (String arg : input.jvmArgs()) {
      String[] kv = arg.substring(2).split("=", 2);
      properties.setProperty(kv[0], kv[1]);
    }
    assertThat(BenchInput.from(properties)).isEqualTo(input);
  }

  @Test
  void stdinCannotBeHandedToAForkedJvm() {
    BenchInput input = new BenchInput(List.of("-"), null, KnowledgeOptions.bundled());
    assertThatThrownBy(input::jvmArgs)
        .hasMessageContaining("stdin (-)")
        .hasMessageContaining("--forks 0");
  }

  @Test
  void aJvmWithoutTheInputPropertiesSaysHowToRunTheBenchmarks() {
    assertThatThrownBy(() -> BenchInput.from(new Properties()))
        .hasMessageContaining("eventwire bench");
  }
}
