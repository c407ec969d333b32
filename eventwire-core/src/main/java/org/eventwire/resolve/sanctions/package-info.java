/**
 * Sanctions relevance: which UN Security Council sanctions measures an event touches, from the
 * documented data files in {@code eventwire/sanctions/} (see {@code docs/sanctions.md}), and which
 * actors are on the UN Security Council Consolidated List a user supplies. Every flag carries its
 * legal basis and the id of the rule that raised it.
 */
package org.eventwire.resolve.sanctions;
