package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ReorderedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reordered parser classifier gives CoreNLP's parses, on sentences we wrote. */
class ReorderedClassifierIT {
  private static final String TEXT =
      "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss a fishing dispute."
          + " Officials said the talks, which lasted six hours, ended without an agreement."
          + " Rebels fired rockets at an army base near the border overnight, a spokesman told"
          + " reporters in the capital. The government denied that its troops had shelled the"
          + " village, calling the reports fabricated. Brussels wants Ankara to reopen its ports"
          + " to ships from Cyprus before the summit. Under the deal, which both parliaments must"
          + " still ratify, the two countries would share water from the river and end a decade"
          + " of tariffs. Protesters who had gathered outside the embassy threw stones and were"
          + " dispersed with tear gas. Japan's defence ministry said a Chinese coast guard vessel"
          + " entered its territorial waters for the third time this month.";

  private static List<CoreMap> sentences;

  @BeforeAll
  static void tag() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    Annotation annotation = new Annotation(TEXT);
    new StanfordCoreNLP(props).annotate(annotation);
    sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
  }

  /** A parser of its own: the marker keeps CoreNLP's parser cache from handing out a shared one. */
  private static DependencyParser load(int preComputed, String marker) {
    Properties props = new Properties();
    props.setProperty("numPreComputed", Integer.toString(preComputed));
    props.setProperty("eventwire.test", marker);
    return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
  }

  private static List<String> parses(DependencyParser parser) {
    List<String> out = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      out.add(parser.predict(sentence).typedDependencies().toString());
    }
    return out;
  }

  @Test
  void theReorderedClassifierPrecomputesInstallsAndParsesExactlyAsCoreNlpDoes() {
    List<String> expected = parses(load(30_000, "corenlp"));
    DependencyParser own = load(0, "reordered");

    assertThat(ReorderedClassifier.install(own, 30_000)).isTrue();

    assertThat(sentences).hasSize(8);
    assertThat(parses(own)).isEqualTo(expected);
  }

  @Test
  void withoutPrecomputedRowsTheParsesAreStillCoreNlps() {
    List<String> expected = parses(load(0, "corenlp-none"));
    DependencyParser own = load(0, "reordered-none");

    assertThat(ReorderedClassifier.install(own, 0)).isTrue();

    assertThat(parses(own)).isEqualTo(expected);
  }
}
