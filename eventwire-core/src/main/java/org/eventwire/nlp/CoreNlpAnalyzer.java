package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@link TextAnalyzer} on Stanford CoreNLP: tokenize (hyphenated names kept whole), ssplit (a blank
 * line ends a sentence), pos, lemma, ner with SUTime normalising dates against the document date,
 * depparse. The CoreNLP pipeline is built once and shared by all threads.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  private static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  private final StanfordCoreNLP pipeline;

  public CoreNlpAnalyzer(NlpConfig config) {
    this.pipeline = new StanfordCoreNLP(properties(config));
  }

  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Two of CoreNLP's three CRF models: the MUC 7-class one adds nothing the coder reads that
    // the numeric classifiers and SUTime do not give (its DATE/TIME/MONEY/PERCENT labels).
    p.setProperty("ner.model", NER_MODELS);
    // The tokenizer already keeps hyphenated words whole; no second, NER-only tokenization.
    p.setProperty("ner.useNERSpecificTokenization", "false");
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("depparse.maxLength", Integer.toString(config.maxSentenceTokens()));
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
    CorefChains.configure(p, config.coreference());
    return p;
  }

  @Override
  public ParsedDocument analyze(String text, LocalDate documentDate) {
    Annotation annotation = new Annotation(text);
    if (documentDate != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline.annotate(annotation);
    List<ParsedSentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(wrap(sentences.size(), sentence, text));
    }
    return new ParsedDocument(text, documentDate, sentences, CorefChains.of(annotation));
  }

  private static ParsedSentence wrap(int index, CoreMap sentence, String text) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(
          new Token(
              i,
              l.word(),
              l.lemma() == null ? l.word().toLowerCase(java.util.Locale.ROOT) : l.lemma(),
              l.tag(),
              l.ner() == null ? "O" : l.ner(),
              l.beginPosition(),
              l.endPosition()));
    }
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new ParsedSentence(
        index,
        begin,
        end,
        text.substring(begin, end),
        tokens,
        edges(sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
        edges(
            sentence.get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)),
        times(sentence));
  }

  private static List<Dependency> edges(SemanticGraph graph) {
    List<Dependency> out = new ArrayList<>();
    if (graph == null) {
      return out;
    }
    for (var root : graph.getRoots()) {
      out.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
        continue; // enhanced++ copy nodes for elided predicates: not needed by the coder
      }
      out.add(
          new Dependency(
              e.getGovernor().index() - 1,
              e.getDependent().index() - 1,
              e.getRelation().toString()));
    }
    return out;
  }

  private static List<TimeExpression> times(CoreMap sentence) {
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null) {
        continue;
      }
      List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
      int start = toks.get(0).index() - 1; // CoreLabel.index() is 1-based within the sentence
      int end = toks.get(toks.size() - 1).index();
      out.add(
          new TimeExpression(
              start,
              end,
              m.get(CoreAnnotations.TextAnnotation.class),
              timex.timexType(),
              timex.value()));
    }
    return out;
  }
}
