/**
 * Event dates: when a coded event happened, from the time expressions attached to its predicate and
 * the clause's tense, anchored to the publication date; never the publication date by default.
 */
package org.eventwire.resolve.dates;
