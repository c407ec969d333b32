/**
 * The predicate lexicon: which verb and eventive-noun lemmas trigger which PLOVER event type, mode,
 * CAMEO code and contexts, and where their recipient attaches in a Universal Dependencies parse.
 * Knowledge lives in the data files under {@code eventwire/lexicon/} on the classpath; the classes
 * here only read, check and look them up. Everything loaded is immutable.
 */
package org.eventwire.coding.lexicon;
