package org.eventwire.model;

/**
 * The words an event was coded from.
 *
 * @param sentence the sentence text
 * @param sentenceIndex 0-based index of the sentence in the coded text
 * @param start start offset of the sentence in the article text
 * @param end end offset of the sentence in the article text
 * @param trigger the predicate words
 */
public record Evidence(String sentence, int sentenceIndex, int start, int end, String trigger) {}
