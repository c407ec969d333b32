package org.eventwire.pipeline;

import org.eventwire.model.Article;

/**
 * An article with the text to analyse: the same length as the article text, with the parts that are
 * not news (photo caption, credit line, headline, dateline, sign-off) blanked with spaces so that
 * every offset still points into the article.
 */
public record CodableText(Article article, String text) {}
