package org.eventwire.model;

/**
 * One input article.
 *
 * @param id unique id (file name without extension, or the JSON Lines {@code id})
 * @param text the full text; every offset in eventwire's output points into it
 * @param published publication date and its provenance
 * @param title headline or title, or null
 * @param source outlet or agency, or null
 * @param url where it was published, or null
 * @param layout the wire parts found in {@code text}
 */
public record Article(
    String id,
    String text,
    PublishedDate published,
    String title,
    String source,
    String url,
    ArticleLayout layout) {}
