package org.eventwire.model;

/**
 * A sanctions measure an event touches.
 *
 * @param regime e.g. UNSC-1718
 * @param measure e.g. overseas-workers
 * @param basis legal basis, e.g. UNSCR 2397 (2017) OP 8
 */
public record SanctionFlag(String regime, String measure, String basis) {}
