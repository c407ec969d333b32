package org.eventwire.nlp;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import java.util.ArrayList;
import java.util.List;

/**
 * The two dependency graphs the coder reads (basic and enhanced++), built from a grammatical
 * structure the same way for the neural parser and for given treebank parses, and wrapped into our
 * {@link Dependency} edges.
 */
final class UdGraphs {
  private UdGraphs() {}

  static SemanticGraph basic(GrammaticalStructure gs) {
    return SemanticGraphFactory.makeFromTree(
        gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
  }

  static SemanticGraph enhanced(GrammaticalStructure gs) {
    return SemanticGraphFactory.makeFromTree(
        gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
  }

  /** The graph's edges with 0-based token indices; the root hangs from -1. */
  static List<Dependency> edges(SemanticGraph graph) {
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
}
