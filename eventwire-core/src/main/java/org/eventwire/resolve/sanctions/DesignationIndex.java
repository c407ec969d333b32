package org.eventwire.resolve.sanctions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.ActorRef;

/**
 * Finds Consolidated List entries named in a text. Names and texts are compared as normalised words
 * ({@link Words}); a listed name matches when all its words occur consecutively in the text. To
 * avoid false hits from short names:
 *
 * <ul>
 *   <li>aliases the list marks as low quality are not used;
 *   <li>trailing legal forms (Co, Ltd, Corporation, ...) are dropped from names, so "Corp" and
 *       "Corporation" compare equal;
 *   <li>a bracketed abbreviation in a name ("DAEDONG CREDIT BANK (DCB)") is a separate alias;
 *   <li>a name must keep two words with at least six letters between them; only an entity may match
 *       on a single word, and then only one of at least five letters that is not a common word (so
 *       "KOMID" matches but "DCB", "RGB" and single given names do not).
 * </ul>
 */
public final class DesignationIndex {

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "co",
          "ltd",
          "limited",
          "company",
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "llc",
          "plc",
          "pte",
          "sa",
          "jsc",
          "gmbh");

  private static final Set<String> COMMON_WORDS =
      Set.of(
          "group",
          "office",
          "front",
          "bank",
          "brigade",
          "brigades",
          "army",
          "party",
          "trading",
          "company",
          "shipping",
          "state",
          "forces",
          "force",
          "movement",
          "network",
          "center",
          "centre",
          "committee",
          "department",
          "ministry",
          "academy",
          "bureau",
          "islamic",
          "international",
          "general",
          "national",
          "foundation",
          "charity",
          "relief");

  private static final Pattern BRACKETS = Pattern.compile("\\(([^)]*)\\)");

  private record Name(DesignatedParty party, String written, List<String> words) {}

  private final List<DesignatedParty> parties;
  private final Map<String, List<Name>> byFirstWord;

  /** An index over the given entries. */
  public DesignationIndex(List<DesignatedParty> parties) {
    this.parties = List.copyOf(parties);
    Map<String, List<Name>> map = new HashMap<>();
    for (DesignatedParty party : this.parties) {
      for (Name name : names(party)) {
        map.computeIfAbsent(name.words().get(0), k -> new ArrayList<>()).add(name);
      }
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstWord = Map.copyOf(map);
  }

  /** An index of a whole list. */
  public static DesignationIndex of(ConsolidatedList list) {
    return new DesignationIndex(list.parties());
  }

  /** An index with no entries: nothing matches. */
  public static DesignationIndex empty() {
    return new DesignationIndex(List.of());
  }

  /** How many entries the index holds. */
  public int size() {
    return parties.size();
  }

  /** The entries a text names, strongest (longest name) first, each entry once. */
  public List<DesignationMatch> match(String text) {
    List<String> words = Words.of(text);
    Map<String, DesignationMatch> best = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      for (Name name : byFirstWord.getOrDefault(words.get(i), List.of())) {
        if (i + name.words().size() <= words.size()
            && words.subList(i, i + name.words().size()).equals(name.words())) {
          DesignationMatch m =
              new DesignationMatch(name.party(), name.written(), name.words().size());
          best.merge(name.party().reference(), m, (a, b) -> a.words() >= b.words() ? a : b);
        }
      }
    }
    List<DesignationMatch> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingInt(DesignationMatch::words).reversed());
    return List.copyOf(out);
  }

  /** The entries an actor's words or canonical name name, strongest first. */
  public List<DesignationMatch> match(ActorRef actor) {
    List<DesignationMatch> out = new ArrayList<>(match(actor.text()));
    for (DesignationMatch m : match(actor.name())) {
      if (out.stream().noneMatch(o -> o.reference().equals(m.reference()))) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(DesignationMatch::words).reversed());
    return List.copyOf(out);
  }

  /** The reference number of the strongest listing an actor names. */
  public Optional<String> reference(ActorRef actor) {
    return match(actor).stream().findFirst().map(DesignationMatch::reference);
  }

  private static List<Name> names(DesignatedParty party) {
    List<Name> out = new ArrayList<>();
    addName(out, party, party.primaryName(), true);
    for (DesignatedParty.Alias alias : party.aliases()) {
      if (!alias.low()) {
        addName(out, party, alias.name(), true);
      }
    }
    return out;
  }

  private static void addName(List<Name> out, DesignatedParty party, String written, boolean top) {
    if (written == null || written.isBlank()) {
      return;
    }
    Matcher brackets = BRACKETS.matcher(written);
    if (top && brackets.find()) {
      addName(out, party, brackets.group(1), false);
      addName(out, party, BRACKETS.matcher(written).replaceAll(" "), false);
      return;
    }
    List<String> words = new ArrayList<>(Words.of(written));
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (usable(party, words)) {
      out.add(new Name(party, written.strip(), List.copyOf(words)));
    }
  }

  private static boolean usable(DesignatedParty party, List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    if (words.size() == 1) {
      String w = words.get(0);
      return party.kind() == DesignatedParty.Kind.ENTITY
          && w.length() >= 5
          && w.chars().anyMatch(Character::isLetter)
          && !COMMON_WORDS.contains(w)
          && !LEGAL_FORMS.contains(w);
    }
    int letters = words.stream().mapToInt(String::length).sum();
    return letters >= 6;
  }
}
