package org.eventwire.store;

/**
 * One outlet's copy of an article text: every copy is kept in {@code article_sources}, the text
 * once in {@code articles}.
 *
 * @param inputId the id the input gave this copy (file name or JSON Lines id)
 * @param source outlet, or null
 * @param url URL, or null
 * @param textSha256 SHA-256 of this copy's exact text (it may differ from the stored one in
 *     spacing, punctuation or case)
 */
public record ArticleCopy(String inputId, String source, String url, String textSha256) {}
