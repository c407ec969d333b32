package org.eventwire.corpus;

import java.time.LocalDate;

/**
 * One invented article, with what it reports.
 *
 * @param id article id
 * @param text wire text: headline, dateline and lead, background, sign-off
 * @param published publication day
 * @param title its headline
 * @param source outlet
 * @param url invented address
 * @param happeningId the happening it reports (the truth a clustering is measured against)
 * @param copyOf the id of the article whose body it carries under another headline and sign-off, or
 *     null when it is an original report
 */
public record GeneratedArticle(
    String id,
    String text,
    LocalDate published,
    String title,
    String source,
    String url,
    String happeningId,
    String copyOf) {}
