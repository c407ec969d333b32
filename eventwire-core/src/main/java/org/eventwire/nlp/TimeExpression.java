package org.eventwire.nlp;

/**
 * A time expression found by {@link TimeRules} or CoreNLP's SUTime, normalised against the document
 * date.
 *
 * @param startToken first token index (inclusive)
 * @param endToken last token index (exclusive)
 * @param text the words
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, e.g. {@code 2023-12-12}, {@code 2023-09}, {@code PAST_REF}, or null
 */
public record TimeExpression(
    int startToken, int endToken, String text, String type, String value) {}
