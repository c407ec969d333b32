package org.eventwire.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.eventwire.resolve.actors.ImportedActor;
import org.eventwire.resolve.actors.ImportedActorWriter;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.resolve.actors.PetrarchDictionaryImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bin/eventwire actors}: the user's side of the actor knowledge base. */
@Command(
    name = "actors",
    description = "Import PETRARCH/TABARI actor dictionaries into an overlay folder.",
    subcommands = {ActorsCommand.Import.class})
final class ActorsCommand implements Runnable {
  private final Supplier<KnowledgeBase> kb;

  ActorsCommand(Supplier<KnowledgeBase> kb) {
    this.kb = kb;
  }

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** {@code actors import --out DIR DICT...}: PETRARCH/TABARI dictionaries to overlay files. */
  @Command(
      name = "import",
      description =
          "Convert PETRARCH/TABARI actor dictionaries into people.tsv and organizations.tsv in an"
              + " overlay folder (use it with --actors DIR); terms that cannot be converted are"
              + " listed on stderr.")
  static final class Import implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand ActorsCommand parent;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Overlay folder.")
    Path out;

    @Option(
        names = "--as",
        defaultValue = "people",
        description =
            "Write the entries as 'people' or 'organizations' (default ${DEFAULT-VALUE}).")
    String kind;

    @Parameters(arity = "1..*", paramLabel = "DICT")
    List<Path> dictionaries;

    @Override
    public Integer call() throws IOException {
      if (!kind.equals("people") && !kind.equals("organizations")) {
        System.err.println(
            "eventwire: --as must be 'people' or 'organizations', not '" + kind + "'");
        return 2;
      }
      List<ImportedActor> actors = new ArrayList<>();
      for (Path d : dictionaries) {
        try (Reader r = Files.newBufferedReader(d, StandardCharsets.UTF_8)) {
          actors.addAll(new PetrarchDictionaryImporter(d.toString()).read(r));
        } catch (IllegalArgumentException | UncheckedIOException e) {
          System.err.println("eventwire: " + d + ": " + e.getMessage());
          return 1;
        }
      }
      Files.createDirectories(out);
      Path file = out.resolve(kind + ".tsv");
      ImportedActorWriter writer = new ImportedActorWriter(parent.kb.get());
      ImportedActorWriter.Report report;
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        report =
            kind.equals("people")
                ? writer.writePeople(actors, w)
                : writer.writeOrganizations(actors, w);
      }
      report.skipped().forEach(s -> System.err.println("eventwire: skipped " + s));
      System.err.printf(
          "eventwire: %d entries, %d rows written to %s, %d terms skipped%n",
          actors.size(), report.rows(), file, report.skipped().size());
      return 0;
    }
  }
}
