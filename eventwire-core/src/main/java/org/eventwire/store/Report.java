package org.eventwire.store;

import java.time.LocalDate;
import org.eventwire.model.Event;

/**
 * One article's record of a happening, as the clustering rule compares it.
 *
 * @param event the event record
 * @param published its article's publication date, or null
 */
record Report(Event event, LocalDate published) {}
