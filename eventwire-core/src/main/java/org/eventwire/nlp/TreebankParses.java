package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeFactory;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.trees.UniversalSemanticHeadFinder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts a given Penn-Treebank constituency parse (one line, as PETRARCH reads them) in place of our
 * parser's: part-of-speech tags from the tree's preterminals (lemmas recomputed where a tag
 * changed), basic and enhanced++ dependencies converted from the tree by CoreNLP's own converter;
 * words, offsets, NER and time expressions stay those of our analysis. Only when the tree's leaves
 * match the tokens one to one (a final full stop the tree lacks is added to it); a text our
 * splitter cut into sentences is joined into one first. A tag outside the Penn tagset (older
 * treebanks' AUX, AUXZ, ...) gives way to our tagger's. Thread-safe.
 */
public final class TreebankParses {
  private static final Set<String> STOPS = Set.of(".", "!", "?");
  private static final String TAGS_RESOURCE = "eventwire/nlp/penn-tags.txt";

  private final Set<String> pennTags;

  /**
   * @param pennTags the part-of-speech tags a given tree may set; a preterminal with another tag
   *     keeps our tagger's tag for its word
   */
  public TreebankParses(Set<String> pennTags) {
    this.pennTags = Set.copyOf(pennTags);
  }

  /** With the Penn Treebank tags shipped with eventwire ({@code eventwire/nlp/penn-tags.txt}). */
  public static TreebankParses standard() {
    InputStream in = TreebankParses.class.getClassLoader().getResourceAsStream(TAGS_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("tag list not found on the classpath: " + TAGS_RESOURCE);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new TreebankParses(
          reader
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !(l.startsWith("#") && l.length() > 1))
              .collect(java.util.stream.Collectors.toSet()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TAGS_RESOURCE, e);
    }
  }

  /** Our document on the given tree, or the reason the tree does not fit it. */
  public GivenParse apply(ParsedDocument document, String tree) {
    List<ParsedSentence> sentences = document.sentences();
    if (sentences.isEmpty()) {
      return GivenParse.fellBack("the text has no sentences");
    }
    if (sentences.size() > 1 && !document.chains().isEmpty()) {
      return GivenParse.fellBack(
          "the text has " + sentences.size() + " sentences and coreference chains");
    }
    Tree parsed = read(tree);
    if (parsed == null) {
      return GivenParse.fellBack("the tree cannot be read");
    }
    ParsedSentence sentence = sentences.size() == 1 ? sentences.get(0) : joined(document);
    List<String> words = sentence.tokens().stream().map(Token::word).toList();
    addMissingStop(parsed, words);
    List<TaggedWord> leaves = parsed.taggedYield();
    String mismatch = TreeLeaves.mismatch(leaves.stream().map(TaggedWord::word).toList(), words);
    if (mismatch != null) {
      String split =
          sentences.size() > 1 ? " (text split into " + sentences.size() + " sentences)" : "";
      return GivenParse.fellBack(mismatch + split);
    }
    ParsedSentence onTree = onTree(sentence, parsed, pennTagged(parsed, leaves, sentence));
    return GivenParse.used(
        new ParsedDocument(
            document.text(), document.documentDate(), List.of(onTree), document.chains()));
  }

  private static Tree read(String tree) {
    if (tree == null || tree.isBlank()) {
      return null;
    }
    try {
      Tree t = Tree.valueOf(tree);
      if (t == null || t.isLeaf() || t.getLeaves().isEmpty()) {
        return null;
      }
      Label root = t.label();
      if (root.value() == null || root.value().isEmpty()) {
        root.setValue("ROOT"); // "( (S ...))": the treebank's unnamed root
      }
      return t;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A tree that covers every token but the text's final full stop (or ! or ?) gets that stop as the
   * last child of its top phrase, where treebanks put it.
   */
  private static void addMissingStop(Tree tree, List<String> words) {
    List<String> leaves = tree.yieldWords().stream().map(w -> w.word()).toList();
    int n = leaves.size();
    if (words.size() != n + 1
        || !STOPS.contains(words.get(n))
        || TreeLeaves.mismatch(leaves, words.subList(0, n)) != null) {
      return;
    }
    Tree top =
        tree.numChildren() == 1 && !tree.firstChild().isPreTerminal() ? tree.firstChild() : tree;
    TreeFactory factory = tree.treeFactory();
    top.addChild(factory.newTreeNode(".", List.of(factory.newLeaf(words.get(n)))));
  }

  /**
   * The leaves with our tagger's tag where the tree's is not a Penn tag, set on the tree too (its
   * preterminals) for the converter.
   */
  private List<TaggedWord> pennTagged(Tree tree, List<TaggedWord> leaves, ParsedSentence s) {
    List<Tree> preterminals = preterminals(tree);
    List<TaggedWord> out = new ArrayList<>(leaves.size());
    for (int i = 0; i < leaves.size(); i++) {
      TaggedWord leaf = leaves.get(i);
      if (pennTags.contains(leaf.tag()) || i >= preterminals.size()) {
        out.add(leaf);
        continue;
      }
      String ours = s.tokens().get(i).pos();
      preterminals.get(i).label().setValue(ours);
      out.add(new TaggedWord(leaf.word(), ours));
    }
    return out;
  }

  private static List<Tree> preterminals(Tree tree) {
    List<Tree> out = new ArrayList<>();
    for (Tree leaf : tree.getLeaves()) {
      out.add(leaf.parent(tree));
    }
    return out;
  }

  private static ParsedSentence onTree(ParsedSentence s, Tree tree, List<TaggedWord> leaves) {
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    List<Tree> leafNodes = tree.getLeaves();
    for (int i = 0; i < leaves.size(); i++) {
      Token k = s.tokens().get(i);
      String tag = leaves.get(i).tag();
      String lemma = tag.equals(k.pos()) ? k.lemma() : Morphology.lemmaStatic(k.word(), tag, true);
      tokens.add(new Token(i, k.word(), lemma, tag, k.ner(), k.begin(), k.end()));
      if (leafNodes.get(i).label() instanceof CoreLabel leaf) {
        leaf.setLemma(lemma);
      }
    }
    // Punctuation kept and the semantic head finder, as CoreNLP's own UD conversion does.
    GrammaticalStructure gs =
        new UniversalEnglishGrammaticalStructure(
            tree, word -> true, new UniversalSemanticHeadFinder(true));
    return new ParsedSentence(
        s.index(),
        s.begin(),
        s.end(),
        s.text(),
        tokens,
        UdGraphs.edges(UdGraphs.basic(gs)),
        UdGraphs.edges(UdGraphs.enhanced(gs)),
        s.times());
  }

  /** The document's sentences as one: tokens and time expressions renumbered. */
  private static ParsedSentence joined(ParsedDocument document) {
    List<Token> tokens = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (ParsedSentence s : document.sentences()) {
      int offset = tokens.size();
      for (Token k : s.tokens()) {
        tokens.add(
            new Token(
                offset + k.index(), k.word(), k.lemma(), k.pos(), k.ner(), k.begin(), k.end()));
      }
      for (TimeExpression t : s.times()) {
        times.add(
            new TimeExpression(
                offset + t.startToken(), offset + t.endToken(), t.text(), t.type(), t.value()));
      }
    }
    List<ParsedSentence> all = document.sentences();
    int begin = all.get(0).begin();
    int end = all.get(all.size() - 1).end();
    return new ParsedSentence(
        0, begin, end, document.text().substring(begin, end), tokens, List.of(), List.of(), times);
  }
}
