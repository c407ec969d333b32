/**
 * Event coding: predicates from the lexicon matched over the dependency parse, with their actors,
 * recipients, negation and claim status, as ordered, named passes that return decisions.
 */
package org.eventwire.coding;
