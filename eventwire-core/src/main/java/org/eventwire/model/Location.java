package org.eventwire.model;

/**
 * Where an event happened.
 *
 * @param name place name
 * @param country ISO 3166-1 alpha-3
 * @param admin1 first-level division, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param gazetteerId gazetteer id, or null
 * @param precision site | city | admin1 | country | region
 */
public record Location(
    String name,
    String country,
    String admin1,
    Double lat,
    Double lon,
    String gazetteerId,
    String precision) {}
