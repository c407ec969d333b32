package org.eventwire.cli;

import java.util.function.Supplier;
import org.eventwire.ingest.ArticleReader;
import org.eventwire.nlp.Coreference;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.nlp.TimeRecognizer;
import org.eventwire.pipeline.EventPipeline;
import org.eventwire.pipeline.KnowledgeOptions;
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

  @CommandLine.Option(
      names = "--actors",
      paramLabel = "DIR",
      description =
          "A folder of your own actor files (people.tsv, organizations.tsv, ... in the format of"
              + " docs/actors.md), layered over the bundled knowledge base.")
  java.nio.file.Path actors;

  @CommandLine.Option(
      names = "--time-recognizer",
      paramLabel = "NAME",
      scope = CommandLine.ScopeType.INHERIT,
      defaultValue = "RULES",
      description =
          "Who finds time expressions: RULES (eventwire's own, the default) or SUTIME (CoreNLP's,"
              + " about twice as slow). Valid values: ${COMPLETION-CANDIDATES}.")
  TimeRecognizer timeRecognizer = TimeRecognizer.RULES;

  @CommandLine.Option(
      names = "--coref",
      paramLabel = "MODE",
      defaultValue = "off",
      converter = CorefConverter.class,
      description =
          "CoreNLP coreference for references within an article: off (default: the coder's own"
              + " rules), statistical, neural or fastneural. Slower; see docs/actors.md.")
  Coreference coref;

  /** Reads {@code --coref} case-insensitively, naming the allowed values when it is wrong. */
  static final class CorefConverter implements CommandLine.ITypeConverter<Coreference> {
    @Override
    public Coreference convert(String value) {
      try {
        return Coreference.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a coreference mode (off, statistical, neural, fastneural)");
      }
    }
  }

  KnowledgeOptions knowledge() {
    return new KnowledgeOptions(sanctionsList, actors);
  }

  NlpConfig nlp() {
    return NlpConfig.defaults().withTimeRecognizer(timeRecognizer).withCoreference(coref);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    Main main = new Main();
    Supplier<EventPipeline> pipelines = () -> Pipelines.standard(main.nlp(), main.knowledge());
    return new CommandLine(main)
        .addSubcommand("code", new CodeCommand(pipelines))
        .addSubcommand(
            "eval",
            new EvalCommand(
                decorate -> Pipelines.standard(main.nlp(), main.knowledge(), decorate),
                ArticleReader::new))
        .addSubcommand("ingest", new IngestCommand(pipelines))
        .addSubcommand("query", new QueryCommand())
        .addSubcommand("export", new ExportCommand())
        .addSubcommand("load", new LoadCommand())
        .addSubcommand("serve", new ServeCommand(pipelines))
        .addSubcommand("demo", new DemoCommand(pipelines))
        .addSubcommand("actors", new ActorsCommand(() -> Pipelines.knowledgeBase(main.knowledge())))
        .addSubcommand("cluster", new ClusterCommand())
        .addSubcommand("generate-corpus", new GenerateCorpusCommand())
        .addSubcommand(
            "bench",
            new BenchCommand(
                () -> Pipelines.standard(main.nlp(), main.knowledge()), main::knowledge))
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
