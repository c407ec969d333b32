package org.eventwire.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eventwire.model.ActorRef;
import org.eventwire.nlp.Token;
import org.eventwire.resolve.actors.Phrase;

/**
 * Definite descriptions of an actor already in play: "the regime", "the governor", "the rebels" (a
 * sector word without a country) and "the kingdom", "the bloc", "the group" (nouns listed in {@code
 * eventwire/coding/reference-nouns.tsv}).
 */
final class DefiniteReferences {
  private static final Set<String> GROUP_NOUNS =
      Set.of("country", "side", "nation", "government", "leader");
  private static final Map<String, Integer> GROUP_SIZES =
      Map.of("two", 2, "both", 2, "three", 3, "four", 4);
  private final Map<String, String> nouns = new HashMap<>();
  private final Set<String> vesselNouns = new java.util.HashSet<>();
  private final Set<String> personNouns =
      PredicateFinder.loadWordList("eventwire/coding/person-nouns.txt");

  /** "the North": the country a short name stands for, and the countries that must be in play. */
  private record ContextName(String country, Set<String> context) {}

  private final Map<String, ContextName> contextNames = new HashMap<>();

  DefiniteReferences() {
    for (String line : PredicateFinder.loadWordList("eventwire/coding/reference-nouns.tsv")) {
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalStateException("reference-nouns.tsv: two columns expected: " + line);
      }
      nouns.put(cells[0], cells[1]);
      if (cells[1].equals("vessel")) {
        vesselNouns.add(cells[0]);
      }
    }
    for (String line : PredicateFinder.loadWordList("eventwire/coding/context-names.tsv")) {
      String[] cells = line.split("\t");
      if (cells.length != 4 || !cells[1].matches("[A-Z]{3}")) {
        throw new IllegalStateException("context-names.tsv: name, country, context, note: " + line);
      }
      contextNames.put(
          cells[0], new ContextName(cells[1], Set.copyOf(List.of(cells[2].split("\\|")))));
    }
  }

  /**
   * The actor a definite phrase refers to, or an empty list.
   *
   * @param found what the knowledge base made of the phrase alone
   */
  List<ActorRef> resolve(
      Phrase p, List<ActorRef> found, ArticleContext context, List<String> excluding) {
    if (!isDefinite(p) || found.stream().anyMatch(r -> r.placed())) {
      return List.of();
    }
    String head = p.headToken().lemma().toLowerCase(Locale.ROOT);
    ContextName name = contextNames.get(head);
    if (name != null && isBareName(p) && !excluding.contains(name.country())) {
      boolean inPlay = context.countryCodes().stream().anyMatch(name.context()::contains);
      return inPlay
          ? List.of(new ActorRef(p.text(), null, name.country(), null, null, name.country()))
          : List.of();
    }
    if (found.size() == 1 && found.get(0).sector() != null) {
      return bySector(found.get(0).sector(), words(p), context, excluding);
    }
    String kind = nouns.get(head);
    if (kind == null || !found.stream().allMatch(r -> r.code() == null)) {
      return List.of();
    }
    if (!kind.equals("country")) { // "the agency": the party last named with that very noun
      List<ActorRef> same = latest(context, r -> hasWord(r.phrase(), head), excluding);
      if (!same.isEmpty()) {
        return same;
      }
    }
    return switch (kind) {
      case "country" -> country(context, excluding);
      case "igo" -> latest(context, r -> r.ref().igo() != null, excluding);
      case "document" -> context.issuer().stream().toList();
      case "vessel" -> latest(context, r -> r.ref().country() != null && namesVessel(r), excluding);
      default -> latest(context, r -> r.rule().startsWith("organization"), excluding);
    };
  }

  /**
   * The latest actor named with a title or role noun for one person (coding/person-nouns.txt): "a
   * spokesman for the Foreign Ministry of the DPRK ... He urged" is the spokesman's side.
   */
  List<ActorRef> latestTitled(ArticleContext context) {
    return latest(
        context, r -> personNouns.stream().anyMatch(w -> hasWord(r.phrase(), w)), List.of());
  }

  /** A title or role noun for one person (coding/person-nouns.txt): "chief", "envoy". */
  boolean isPersonNoun(org.eventwire.nlp.Token t) {
    return personNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** A noun for a statement or report ({@code document} in reference-nouns.tsv). */
  boolean isDocument(org.eventwire.nlp.Token t) {
    return "document".equals(nouns.get(t.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * A ship placed earlier: by its flag, or by a phrase with a ship word ("Vietnamese-flagged
   * boats").
   */
  private boolean namesVessel(ArticleContext.Placed r) {
    return r.rule().equals("flag state")
        || vesselNouns.stream().anyMatch(w -> hasWord(r.phrase(), w));
  }

  /**
   * How many actors a phrase like "both sides", "the two leaders", "the three countries" names
   * together; 0 when it is no such phrase.
   */
  static int groupSize(Phrase p) {
    if (!GROUP_NOUNS.contains(p.headToken().lemma().toLowerCase(Locale.ROOT))) {
      return 0;
    }
    return p.tokens().stream()
        .map(t -> GROUP_SIZES.getOrDefault(t.lemma().toLowerCase(Locale.ROOT), 0))
        .filter(x -> x > 0)
        .findFirst()
        .orElse(0);
  }

  /**
   * "The two countries", "both leaders": the latest {@code n} countries, apart from the actors when
   * the phrase is a recipient ("leaders": the latest people); "leaders" and "governments" add GOV.
   */
  List<ActorRef> group(Phrase p, int n, ArticleContext context, List<String> excluding) {
    String head = p.headToken().lemma().toLowerCase(Locale.ROOT);
    if (head.equals("leader")) {
      List<ActorRef> people = context.latestPeople(n);
      if (people.size() == n) {
        return people;
      }
    }
    List<ActorRef> countries = context.recentCountries(n, excluding);
    boolean civil = head.equals("side") && !countries.isEmpty(); // a civil war's two sides
    if (countries.size() < n && !civil) {
      countries = context.recentCountries(n, List.of());
    }
    boolean government = head.equals("leader") || head.equals("government");
    return countries.stream().map(c -> government ? withSector(c, "GOV") : c).toList();
  }

  /** The actor's country with another sector ("Iran" + MIL = IRNMIL). */
  static ActorRef withSector(ActorRef r, String sector) {
    return new ActorRef(r.text(), null, r.country(), null, sector, r.country() + sector);
  }

  /**
   * "The vice president": the latest actor of that sector, or body, named with all the phrase's
   * words ("the court" after the International Criminal Court), else the country of the latest
   * actor named with the phrase's head noun, with the phrase's sector ("Seoul's foreign ministry
   * ... the defense ministry": KORMIL), else the latest actor of that sector, else the latest
   * country with that sector.
   */
  private static List<ActorRef> bySector(
      String sector, List<String> words, ArticleContext context, List<String> excluding) {
    List<ActorRef> named =
        latest(
            context,
            r ->
                (sector.equals(r.ref().sector())
                        && words.stream().allMatch(w -> hasWord(r.phrase(), w)))
                    || (r.ref().igo() != null
                        && r.ref().name() != null
                        && words.stream().allMatch(w -> hasWord(r.ref().name(), w))),
            excluding);
    if (!named.isEmpty()) {
      return named;
    }
    String head = words.isEmpty() ? null : words.get(words.size() - 1);
    List<ActorRef> sameNoun =
        head == null
            ? List.of()
            : latest(
                context, r -> r.ref().country() != null && hasWord(r.phrase(), head), excluding);
    if (!sameNoun.isEmpty()) { // "Seoul's foreign ministry ... the defense ministry": KOR's
      return sameNoun.stream().map(r -> withSector(r, sector)).toList();
    }
    List<ActorRef> same = latest(context, r -> sector.equals(r.ref().sector()), excluding);
    if (!same.isEmpty()) {
      return same;
    }
    ActorRef home = context.home();
    if (home != null && !excluding.contains(home.country())) {
      return List.of(withSector(home, sector)); // datelined Seoul, "the spy agency": Seoul's
    }
    return context.recentCountries(1, excluding).stream().map(c -> withSector(c, sector)).toList();
  }

  /** "The kingdom": the previous sentence's subject if it is one country, else the latest one. */
  static List<ActorRef> country(ArticleContext context, List<String> excluding) {
    List<ActorRef> subjects = context.previousSubjects();
    if (subjects.size() == 1
        && subjects.get(0).country() != null
        && !excluding.contains(subjects.get(0).country())) {
      ActorRef s = subjects.get(0);
      return List.of(new ActorRef(s.text(), null, s.country(), null, null, s.country()));
    }
    return context.recentCountries(1, excluding);
  }

  private static List<ActorRef> latest(
      ArticleContext context, Predicate<ArticleContext.Placed> which, List<String> excluding) {
    return context.placed().stream()
        .filter(which)
        .filter(r -> r.ref().country() == null || !excluding.contains(r.ref().country()))
        .filter(r -> r.ref().igo() == null || !excluding.contains("IGO:" + r.ref().igo()))
        .findFirst()
        .map(r -> List.of(r.ref()))
        .orElse(List.of());
  }

  /** The phrase's words after "the", as lemmas. */
  private static List<String> words(Phrase p) {
    return p.tokens().stream()
        .dropWhile(t -> !t.lemma().equalsIgnoreCase("the"))
        .skip(1)
        .map(t -> t.lemma().toLowerCase(Locale.ROOT))
        .filter(w -> w.chars().allMatch(Character::isLetter))
        .toList();
  }

  /** A word of the phrase starts with the lemma ("rebels" has "rebel"). */
  private static boolean hasWord(String phrase, String lemma) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.startsWith(lemma) && w.length() <= lemma.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** True for a word that may stand for a country by context ("North" in "the North's army"). */
  boolean isContextName(Token t) {
    return contextNames.containsKey(t.lemma().toLowerCase(Locale.ROOT))
        && Character.isUpperCase(t.word().charAt(0));
  }

  /** "the North", "the North's": "the" and one capitalised word, nothing else. */
  private static boolean isBareName(Phrase p) {
    List<Token> words = p.tokens().stream().filter(t -> !t.pos().equals("POS")).toList();
    return words.size() == 2 && Character.isUpperCase(words.get(1).word().charAt(0));
  }

  /** Tags of the words a phrase may be cut with before its "the": of, against, according to. */
  private static final Set<String> CASE_TAGS = Set.of("IN", "TO", "VBG");

  /**
   * "the ..." with no name in it ("the Central American country" is one), also after the
   * preposition a phrase is cut with ("of the bloc", "against the rebels", "according to the
   * group").
   */
  private static boolean isDefinite(Phrase p) {
    List<Token> tokens = p.tokens();
    int i = 0;
    while (i < 2 && i < tokens.size() - 2 && CASE_TAGS.contains(tokens.get(i).pos())) {
      i++; // "of the bloc", "according to the group"
    }
    Token first = tokens.get(i);
    return first.lemma().equalsIgnoreCase("the")
        && p.tokens().stream().noneMatch(t -> t.ner().equals("PERSON"));
  }
}
