/**
 * Resolving what the coder found into the world: actors to countries, bodies and sectors; dates;
 * places. Each sub-package owns one kind of knowledge and the data files behind it.
 */
package org.eventwire.resolve;
