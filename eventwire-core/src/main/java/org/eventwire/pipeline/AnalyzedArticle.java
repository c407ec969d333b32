package org.eventwire.pipeline;

import org.eventwire.model.Article;
import org.eventwire.nlp.ParsedDocument;

/**
 * An article with its analysis.
 *
 * @param article the article
 * @param document the analysis of its codable text
 * @param caption the analysis of its photo caption, or null when it has none
 */
public record AnalyzedArticle(Article article, ParsedDocument document, ParsedDocument caption) {}
