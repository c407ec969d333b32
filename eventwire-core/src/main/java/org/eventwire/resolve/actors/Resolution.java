package org.eventwire.resolve.actors;

import org.eventwire.model.ActorRef;

/**
 * One resolver decision, explained.
 *
 * @param ref the actor
 * @param entrySource the knowledge-base lines used, {@code file:line}, joined by " + "; null when
 *     nothing in the knowledge base matched (unresolved)
 * @param rule the rule that decided, e.g. "adjective+sector", "capital", "person",
 *     "coordination:country", "sector-only", "unresolved-proper-noun"
 */
public record Resolution(ActorRef ref, String entrySource, String rule) {}
