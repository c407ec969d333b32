/**
 * Actor resolution: noun phrases to countries, international bodies and sectors, from the knowledge
 * base in {@code eventwire/actors/}; unknown is better than wrong.
 */
package org.eventwire.resolve.actors;
