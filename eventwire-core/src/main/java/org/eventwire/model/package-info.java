/**
 * Immutable records that flow through eventwire: articles in, event records out. No behaviour
 * beyond small derived values; every other package depends on this one.
 */
package org.eventwire.model;
