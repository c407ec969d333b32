package org.eventwire.pipeline;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eventwire.coding.ArgumentFinder;
import org.eventwire.coding.ClaimAnalyzer;
import org.eventwire.coding.ClaimCues;
import org.eventwire.coding.EventCoder;
import org.eventwire.coding.PredicateFinder;
import org.eventwire.coding.lexicon.PloverTypes;
import org.eventwire.coding.lexicon.PredicateEntry;
import org.eventwire.coding.lexicon.PredicateLexicon;
import org.eventwire.nlp.CoreNlpAnalyzer;
import org.eventwire.nlp.Coreference;
import org.eventwire.nlp.NlpConfig;
import org.eventwire.nlp.TextAnalyzer;
import org.eventwire.nlp.TimeWords;
import org.eventwire.resolve.actors.ActorResolver;
import org.eventwire.resolve.actors.DictionaryActorResolver;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.resolve.dates.EventDater;
import org.eventwire.resolve.places.Gazetteer;
import org.eventwire.resolve.sanctions.ConsolidatedListReader;
import org.eventwire.resolve.sanctions.DesignationIndex;
import org.eventwire.resolve.sanctions.SanctionsKnowledge;
import org.eventwire.resolve.sanctions.SanctionsScreen;

/** Builds pipelines from their parts: the one place where the default knowledge is loaded. */
public final class Pipelines {
  private Pipelines() {}

  /** The standard pipeline on CoreNLP with the bundled lexicon and knowledge base. */
  public static StandardPipeline standard(NlpConfig nlp) {
    return standard(nlp, KnowledgeOptions.bundled());
  }

  /**
   * The standard pipeline, also flagging events whose parties are on the UN Security Council
   * Consolidated List the user downloaded (XML).
   */
  public static StandardPipeline standard(NlpConfig nlp, java.nio.file.Path consolidatedList) {
    return standard(nlp, new KnowledgeOptions(consolidatedList, null));
  }

  /** The standard pipeline with the user's additions: the UN list, their own actor files. */
  public static StandardPipeline standard(NlpConfig nlp, KnowledgeOptions knowledge) {
    return standard(nlp, knowledge, UnaryOperator.identity());
  }

  /**
   * The standard pipeline whose CoreNLP analyzer is wrapped by {@code decorate} (e.g. to put given
   * treebank parses in place of CoreNLP's).
   */
  public static StandardPipeline standard(
      NlpConfig nlp, KnowledgeOptions knowledge, UnaryOperator<TextAnalyzer> decorate) {
    DesignationIndex listed =
        knowledge.consolidatedList() == null
            ? DesignationIndex.empty()
            : DesignationIndex.of(new ConsolidatedListReader().read(knowledge.consolidatedList()));
    PredicateLexicon lexicon = PredicateLexicon.loadDefault();
    return assemble(
        decorate.apply(analyzer(nlp, lexicon)), listed, knowledgeBase(knowledge), lexicon);
  }

  /**
   * CoreNLP parsing only the sentences that hold a predicate lemma of the lexicon: the coder reads
   * dependencies only around predicates, so the others need no parse (same records, less time).
   */
  private static CoreNlpAnalyzer analyzer(NlpConfig nlp, PredicateLexicon lexicon) {
    if (nlp.coreference() != Coreference.OFF) {
      return new CoreNlpAnalyzer(nlp); // coreference finds its mentions in every sentence's parse
    }
    Set<String> lemmas = new HashSet<>(lexicon.lemmas(PredicateEntry.Pos.VERB));
    lemmas.addAll(lexicon.lemmas(PredicateEntry.Pos.NOUN));
    return new CoreNlpAnalyzer(nlp, lemmas);
  }

  /** The bundled actor knowledge base, with the user's overlay folder if one is given. */
  public static KnowledgeBase knowledgeBase(KnowledgeOptions knowledge) {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    return knowledge.actorOverlay() == null ? kb : kb.withOverlay(knowledge.actorOverlay());
  }

  /** The standard coder over any analyzer (tests use a canned one). */
  public static StandardPipeline withAnalyzer(TextAnalyzer analyzer, DesignationIndex listed) {
    return withAnalyzer(analyzer, listed, KnowledgeBase.loadDefault());
  }

  /** The standard coder over any analyzer and actor knowledge base. */
  public static StandardPipeline withAnalyzer(
      TextAnalyzer analyzer, DesignationIndex listed, KnowledgeBase kb) {
    return assemble(analyzer, listed, kb, PredicateLexicon.loadDefault());
  }

  private static StandardPipeline assemble(
      TextAnalyzer analyzer, DesignationIndex listed, KnowledgeBase kb, PredicateLexicon lexicon) {
    ClaimCues cues = ClaimCues.loadDefault();
    ActorResolver actors = new DictionaryActorResolver(kb);
    EventCoder coder =
        new EventCoder(
            new PredicateFinder(
                lexicon,
                PredicateFinder.loadWordList("eventwire/coding/light-verbs.txt"),
                PredicateFinder.loadWordList("eventwire/coding/naming-verbs.txt"),
                PredicateFinder.loadWordList("eventwire/coding/wish-verbs.txt")),
            new ArgumentFinder(cues),
            new ClaimAnalyzer(cues),
            new EventDater(lemma -> cues.cue(lemma, 'V').isPresent(), TimeWords.standard()),
            actors,
            PloverTypes.loadDefault(),
            Gazetteer.loadDefault(),
            new SanctionsScreen(SanctionsKnowledge.loadDefault(), listed));
    return new StandardPipeline(new PrepareText(), new Analyze(analyzer), new CodeEvents(coder));
  }
}
