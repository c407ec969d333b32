package org.eventwire.pipeline;

import org.eventwire.model.Article;
import org.eventwire.nlp.ParsedDocument;

/** An article with its analysis. */
public record AnalyzedArticle(Article article, ParsedDocument document) {}
