/**
 * Places: an offline gazetteer (GeoNames-derived cities, first-level divisions and countries, plus
 * sites and aliases written for eventwire) and a resolver that ranks same-named places by the
 * article's context. Data in {@code eventwire/places/}; see {@code docs/gazetteer.md}.
 */
package org.eventwire.resolve.places;
