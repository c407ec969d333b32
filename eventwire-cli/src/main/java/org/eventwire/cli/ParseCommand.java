package org.eventwire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.eventwire.nlp.CoreNlpAnalyzer;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.nlp.ParsedDocument;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.nlp.TimeExpression;
import org.eventwire.nlp.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventwire parse}: shows the analysis the coder works from, one token a line. */
@Command(
    name = "parse",
    description = "Print tokens, lemmas, tags, NER, dependencies and time expressions.")
public final class ParseCommand implements Callable<Integer> {

  @Option(names = "--date", description = "Document date for time expressions (YYYY-MM-DD).")
  LocalDate date;

  @Option(names = "--text", description = "Text to parse instead of files.")
  String text;

  @picocli.CommandLine.ParentCommand Main main;

  @Parameters(arity = "0..*", description = "Plain-text files.")
  java.util.List<Path> files = java.util.List.of();

  @Override
  public Integer call() throws Exception {
    CoreNlpAnalyzer analyzer =
        new CoreNlpAnalyzer(main == null ? NlpConfig.defaults() : main.nlp());
    if (text != null) {
      print(analyzer.analyze(text, date));
    }
    for (Path f : files) {
      print(analyzer.analyze(Files.readString(f), date));
    }
    return 0;
  }

  private static void print(ParsedDocument doc) {
    for (ParsedSentence s : doc.sentences()) {
      System.out.println("# " + s.index() + ": " + s.text().replace('\n', ' '));
      for (Token t : s.tokens()) {
        StringBuilder deps = new StringBuilder();
        for (Dependency d : s.enhanced()) {
          if (d.dependent() == t.index()) {
            deps.append(d.governor()).append(':').append(d.relation()).append(' ');
          }
        }
        System.out.printf(
            "%d\t%s\t%s\t%s\t%s\t%s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(), deps);
      }
      for (TimeExpression x : s.times()) {
        System.out.printf(
            "  time %d-%d '%s' %s %s%n",
            x.startToken(), x.endToken(), x.text(), x.type(), x.value());
      }
    }
  }
}
