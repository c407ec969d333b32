package org.eventwire.resolve.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A condition on the words of an event, as written in {@code rules.tsv}: phrases separated by
 * {@code |} of which one must occur; several such groups joined by {@code &} must all hold. A group
 * item {@code @NAME} stands for the phrases of the word list NAME ({@code words.tsv}).
 *
 * @param written the condition as written, empty for none
 * @param groups the groups, each a list of phrases (each a list of words)
 */
public record WordCondition(String written, List<List<List<String>>> groups) {

  public WordCondition {
    List<List<List<String>>> copy = new ArrayList<>();
    for (List<List<String>> g : groups) {
      copy.add(g.stream().map(List::copyOf).toList());
    }
    groups = List.copyOf(copy);
  }

  /** True when the condition is empty. */
  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /** True when every group has a phrase in {@code words}; an empty condition always holds. */
  boolean allGroupsIn(List<String> words) {
    for (List<List<String>> group : groups) {
      if (!anyIn(group, words)) {
        return false;
      }
    }
    return true;
  }

  /** True when some phrase of some group occurs in {@code words}. */
  boolean anyPhraseIn(List<String> words) {
    for (List<List<String>> group : groups) {
      if (anyIn(group, words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyIn(List<List<String>> group, List<String> words) {
    for (List<String> phrase : group) {
      if (Words.contains(words, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Parses a condition, expanding {@code @NAME} items from {@code lists}. */
  static WordCondition parse(String written, Map<String, List<String>> lists, String source) {
    List<List<List<String>>> groups = new ArrayList<>();
    if (written.isBlank()) {
      return new WordCondition("", groups);
    }
    for (String groupText : written.split("&")) {
      List<List<String>> group = new ArrayList<>();
      for (String item : groupText.split("\\|")) {
        String text = item.strip();
        if (text.isEmpty()) {
          continue;
        }
        if (text.startsWith("@")) {
          List<String> phrases = lists.get(text.substring(1));
          if (phrases == null) {
            throw new IllegalArgumentException(source + ": unknown word list " + text);
          }
          phrases.forEach(p -> group.add(Words.phrase(p)));
        } else {
          group.add(Words.phrase(text));
        }
      }
      if (group.isEmpty() || group.stream().anyMatch(List::isEmpty)) {
        throw new IllegalArgumentException(source + ": empty phrase in '" + written + "'");
      }
      groups.add(group);
    }
    return new WordCondition(written.strip(), groups);
  }
}
