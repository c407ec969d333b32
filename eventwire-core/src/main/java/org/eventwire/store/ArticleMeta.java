package org.eventwire.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the store knows of the article an event was coded from (its first-seen copy).
 *
 * @param id article id
 * @param source outlet, or null
 * @param url URL, or null
 * @param title title, or null
 * @param published publication date, or null
 * @param firstSeen when the store first saw it (UTC)
 */
public record ArticleMeta(
    String id,
    String source,
    String url,
    String title,
    LocalDate published,
    LocalDateTime firstSeen) {}
