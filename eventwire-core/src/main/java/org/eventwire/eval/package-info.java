/**
 * Scoring coder output against gold: the seed-gold format and the third-party suites (PLOVER GSR,
 * PETRARCH2 GSR and unit suite), with reports anyone can read.
 */
package org.eventwire.eval;
