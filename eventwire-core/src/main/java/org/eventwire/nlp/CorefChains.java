package org.eventwire.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain.CorefMention;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Sets up CoreNLP's {@code coref} annotator and wraps its chains into our own types. */
final class CorefChains {
  private CorefChains() {}

  /** Adds the coref annotator and its settings to a pipeline's properties. */
  static void configure(Properties p, Coreference c) {
    if (c == Coreference.OFF) {
      return;
    }
    p.setProperty("annotators", p.getProperty("annotators") + ",coref");
    p.setProperty("coref.algorithm", c.name().toLowerCase(Locale.ROOT));
    p.setProperty("coref.language", "en");
    // Mentions from the dependency parse: the constituency parser is not loaded.
    p.setProperty("coref.md.type", "dep");
    p.setProperty("coref.useConstituencyParse", "false");
  }

  /** The annotation's chains of two or more mentions, with 0-based indices. */
  static List<CorefChain> of(Annotation annotation) {
    var chains = annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CorefChain> out = new ArrayList<>();
    if (chains == null) {
      return out;
    }
    for (var chain : chains.values()) {
      List<CorefMention> ms = chain.getMentionsInTextualOrder();
      if (ms.size() < 2) {
        continue;
      }
      List<org.eventwire.nlp.CorefMention> wrapped = new ArrayList<>();
      for (CorefMention m : ms) {
        wrapped.add(
            new org.eventwire.nlp.CorefMention(
                m.sentNum - 1, m.startIndex - 1, m.endIndex - 1, m.headIndex - 1, m.mentionSpan));
      }
      out.add(new CorefChain(wrapped));
    }
    return out;
  }
}
