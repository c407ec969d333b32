package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@link TextAnalyzer} on Stanford CoreNLP: tokenize (hyphenated names kept whole), ssplit (a blank
 * line ends a sentence), pos with {@link TagFixes}, lemma, ner, and the dependency parser building
 * the basic and enhanced++ graphs only ({@link BasicAndEnhancedParser}). Time expressions come from
 * our {@link TimeRules} or, when configured, from SUTime inside ner, normalised against the
 * document date. The CoreNLP pipeline is built once and shared by all threads.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  private static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final String PARSER = "ewparse";
  private static final String TAG_FIXES = "ewtags";

  /** NER labels a recognised time expression may overwrite (never a name's label). */
  private static final Set<String> RELABELLED =
      Set.of("O", "NUMBER", "ORDINAL", "DATE", "TIME", "DURATION", "SET");

  private final StanfordCoreNLP pipeline;
  private final TimeRules timeRules;

  public CoreNlpAnalyzer(NlpConfig config) {
    this(config, Set.of());
  }

  /**
   * An analyzer that parses only sentences holding one of {@code parseLemmas} (lower case; empty:
   * every sentence), the words that can make an event; the others get empty dependency graphs.
   */
  public CoreNlpAnalyzer(NlpConfig config, Set<String> parseLemmas) {
    Properties props = properties(config);
    if (!parseLemmas.isEmpty()) {
      props.setProperty(PARSER + ".lemmas", String.join(",", new java.util.TreeSet<>(parseLemmas)));
    }
    this.pipeline = new StanfordCoreNLP(props);
    this.timeRules =
        config.timeRecognizer() == TimeRecognizer.RULES
            ? new TimeRules(TimeWords.standard())
            : null;
  }

  static Properties properties(NlpConfig config) {
    boolean sutime = config.timeRecognizer() == TimeRecognizer.SUTIME;
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos," + TAG_FIXES + ",lemma,ner," + PARSER);
    p.setProperty("customAnnotatorClass." + TAG_FIXES, TagFixes.class.getName());
    p.setProperty("customAnnotatorClass." + PARSER, BasicAndEnhancedParser.class.getName());
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // One of CoreNLP's three CRF models (PERSON, LOCATION, ORGANIZATION): the MUC 7-class one adds
    // only DATE/TIME/MONEY/PERCENT, which the numeric classifiers and our time rules give; the
    // CoNLL 4-class one adds MISC ("Iranian", "Islamist"), whose work the actor knowledge base
    // does on capitalised words (ActorMentions). Suite and corpus outputs are identical without
    // them; NER time is about a third lower.
    p.setProperty("ner.model", NER_MODELS);
    // The tokenizer already keeps hyphenated words whole; no second, NER-only tokenization.
    p.setProperty("ner.useNERSpecificTokenization", "false");
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    // Entity mentions carry SUTime's values; nothing else reads them.
    p.setProperty("ner.buildEntityMentions", Boolean.toString(sutime));
    p.setProperty("ner.useSUTime", Boolean.toString(sutime));
    p.setProperty("sutime.includeRange", "true");
    p.setProperty(PARSER + ".maxlen", Integer.toString(config.maxSentenceTokens()));
    p.setProperty(PARSER + ".numPreComputed", Integer.toString(config.parserPrecomputed()));
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
    NarrativeDays narrative = timeRules == null ? null : timeRules.narrative(); // "the same day"
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      ParsedSentence s = wrap(sentences.size(), sentence, text);
      if (timeRules != null) {
        s = withRuleTimes(s, text, documentDate, narrative);
        narrative.read(s.tokens(), s.times(), documentDate);
      }
      sentences.add(s);
    }
    return new ParsedDocument(text, documentDate, sentences, CorefChains.of(annotation));
  }

  /**
   * The sentence with the time expressions of {@link TimeRules}; their tokens are labelled with the
   * expression's type, as SUTime labels them, unless NER gave them a name's label.
   */
  private ParsedSentence withRuleTimes(
      ParsedSentence s, String text, LocalDate documentDate, NarrativeDays narrative) {
    List<TimeExpression> times = timeRules.find(s.tokens(), text, documentDate, narrative);
    List<Token> tokens = new ArrayList<>(s.tokens());
    for (TimeExpression t : times) {
      for (int i = t.startToken(); i < t.endToken(); i++) {
        Token k = tokens.get(i);
        if (RELABELLED.contains(k.ner())) {
          tokens.set(
              i, new Token(k.index(), k.word(), k.lemma(), k.pos(), t.type(), k.begin(), k.end()));
        }
      }
    }
    return new ParsedSentence(
        s.index(), s.begin(), s.end(), s.text(), tokens, s.basic(), s.enhanced(), times);
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
        UdGraphs.edges(
            sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
        UdGraphs.edges(
            sentence.get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)),
        times(sentence));
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
