package org.eventwire.coding;

import org.eventwire.coding.lexicon.PredicateEntry;

/**
 * A predicate found in a sentence: the word that makes an event.
 *
 * @param token index of the predicate token in its sentence
 * @param entry the lexicon row that matched
 * @param object index of the object noun the row required (light verbs: "held talks"), or -1
 * @param nominal true when the predicate is a noun ("a summit in ...")
 */
public record Trigger(int token, PredicateEntry entry, int object, boolean nominal) {}
