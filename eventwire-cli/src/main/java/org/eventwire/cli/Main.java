package org.eventwire.cli;

import java.util.function.Supplier;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.pipeline.Pipelines;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/eventwire}: the entry point with its sub-commands. */
@Command(
    name = "eventwire",
    mixinStandardHelpOptions = true,
    version = "eventwire 0.1.0",
    description = "Structured, sourced event data from news about international relations.",
    subcommands = {CommandLine.HelpCommand.class, ParseCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--sanctions-list",
      paramLabel = "FILE",
      description =
          "The UN Security Council Consolidated List (XML, downloaded by you): events whose"
              + " parties are listed are flagged with the listing's reference.")
  java.nio.file.Path sanctionsList;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    Main main = new Main();
    Supplier<EventPipeline> pipelines =
        () -> Pipelines.standard(NlpConfig.defaults(), main.sanctionsList);
    return new CommandLine(main)
        .addSubcommand("code", new CodeCommand(pipelines))
        .addSubcommand("eval", new EvalCommand(pipelines, ArticleReader::new))
        .addSubcommand("ingest", new IngestCommand(pipelines))
        .addSubcommand("query", new QueryCommand())
        .addSubcommand("export", new ExportCommand())
        .addSubcommand(
            "bench",
            new BenchCommand(() -> Pipelines.standard(NlpConfig.defaults(), main.sanctionsList)));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
