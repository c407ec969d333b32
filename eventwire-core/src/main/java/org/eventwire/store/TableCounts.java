package org.eventwire.store;

/** Row counts of the store's tables: what tests and the ingest summary compare. */
public record TableCounts(
    long articles,
    long articleSources,
    long events,
    long actorRefs,
    long clusters,
    long ingestRuns) {}
