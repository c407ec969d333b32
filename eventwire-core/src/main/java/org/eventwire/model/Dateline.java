package org.eventwire.model;

/**
 * The dateline of wire copy, e.g. {@code Seoul, Dec 13 (EFE).-}.
 *
 * @param place the dateline city as written, or null
 * @param region the region or country written after the city ({@code TRIPOLI, Lebanon (AFP)}), or
 *     null
 * @param agency the agency named in the dateline (EFE, AP, Reuters, ...), or null
 * @param month 1..12 when the dateline gives a month, else 0
 * @param day 1..31 when the dateline gives a day, else 0
 * @param span where the dateline stands in the article text
 */
public record Dateline(
    String place, String region, String agency, int month, int day, TextSpan span) {}
