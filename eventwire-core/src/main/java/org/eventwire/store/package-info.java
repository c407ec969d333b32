/**
 * The embedded event store: a DuckDB file with versioned schema, and the idempotent, crash-safe
 * ingest that codes articles into it (one transaction per article; syndicated copies stored once).
 */
package org.eventwire.store;
