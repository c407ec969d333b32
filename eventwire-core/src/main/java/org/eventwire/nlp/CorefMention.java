package org.eventwire.nlp;

/**
 * One mention of a coreference chain.
 *
 * @param sentence 0-based sentence index
 * @param start first token index within the sentence
 * @param end token index after the mention's last token
 * @param head index of the mention's head token within the sentence
 * @param text the mention's text
 */
public record CorefMention(int sentence, int start, int end, int head, String text) {}
