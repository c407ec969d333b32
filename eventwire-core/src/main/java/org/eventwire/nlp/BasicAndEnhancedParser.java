package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ReorderedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, building only the two graphs {@link CoreNlpAnalyzer} reads
 * (basic and enhanced++) where CoreNLP's {@code depparse} builds five, and leaving sentences longer
 * than {@code NAME.maxlen} tokens unparsed (empty graphs). Loaded by CoreNLP as a custom annotator
 * ({@code customAnnotatorClass.NAME}); the parser model is CoreNLP's default English UD model, and
 * {@code NAME.numPreComputed} sets how many of its input features are precomputed at load time.
 * With {@code NAME.lemmas} (comma-separated, lower case), only sentences holding one of those
 * lemmas are parsed: the coder reads the parse only around a predicate, so a sentence with no word
 * that can make an event gets empty graphs and costs no parsing. The parser scores its transitions
 * with {@link ReorderedClassifier} (same results, faster) unless {@code NAME.reordered=false}.
 */
public final class BasicAndEnhancedParser extends SentenceAnnotator {
  private final DependencyParser parser;
  private final int maxLength;
  private final Set<String> lemmas;
  private final boolean reordered;

  /** The constructor CoreNLP calls for a custom annotator. */
  public BasicAndEnhancedParser(String name, Properties props) {
    String model = props.getProperty(name + ".model", DependencyParser.DEFAULT_MODEL);
    int preComputed = Integer.parseInt(props.getProperty(name + ".numPreComputed", "20000"));
    boolean wantReordered = Boolean.parseBoolean(props.getProperty(name + ".reordered", "true"));
    DependencyParser loaded = null;
    if (wantReordered) {
      // CoreNLP precomputes nothing; ReorderedClassifier does it (faster) and checks the result.
      loaded = DependencyParser.loadFromModelFile(model, parserProps(model, 0, true));
      if (!ReorderedClassifier.install(loaded, preComputed)) {
        loaded = null;
      }
    }
    this.reordered = loaded != null;
    this.parser =
        loaded != null
            ? loaded
            : DependencyParser.loadFromModelFile(model, parserProps(model, preComputed, false));
    this.maxLength = Integer.parseInt(props.getProperty(name + ".maxlen", "0"));
    String listed = props.getProperty(name + ".lemmas", "");
    this.lemmas = listed.isBlank() ? Set.of() : Set.of(listed.split(","));
  }

  /** The parser's own properties; the marker keeps CoreNLP's parser cache from mixing the two. */
  private static Properties parserProps(String model, int preComputed, boolean reordered) {
    Properties p = new Properties();
    p.setProperty("model", model);
    p.setProperty("numPreComputed", Integer.toString(preComputed));
    p.setProperty("eventwire.reordered", Boolean.toString(reordered));
    return p;
  }

  /** True when the parser scores with {@link ReorderedClassifier} rather than CoreNLP's own. */
  public boolean reordered() {
    return reordered;
  }

  /** True when the sentence holds no listed lemma (and a list was given). */
  private boolean nothingToCode(List<CoreLabel> tokens) {
    if (lemmas.isEmpty()) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String lemma = t.lemma();
      if (lemma != null && lemmas.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected int nThreads() {
    return 1;
  }

  @Override
  protected long maxTime() {
    return -1;
  }

  @Override
  protected void doOneSentence(Annotation annotation, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if ((maxLength > 0 && tokens.size() > maxLength) || nothingToCode(tokens)) {
      doOneFailedSentence(annotation, sentence);
      return;
    }
    GrammaticalStructure gs = parser.predict(sentence);
    sentence.set(BasicDependenciesAnnotation.class, UdGraphs.basic(gs));
    sentence.set(EnhancedPlusPlusDependenciesAnnotation.class, UdGraphs.enhanced(gs));
  }

  @Override
  protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
    sentence.set(BasicDependenciesAnnotation.class, new SemanticGraph());
    sentence.set(EnhancedPlusPlusDependenciesAnnotation.class, new SemanticGraph());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.IndexAnnotation.class,
        CoreAnnotations.ValueAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(BasicDependenciesAnnotation.class, EnhancedPlusPlusDependenciesAnnotation.class);
  }
}
