/**
 * Reading the event store: typed filters turned into SQL with bind parameters, contract records
 * rebuilt from rows, and exports (JSON Lines, GDELT 2.0 event table, PLOVER JSON, Parquet).
 */
package org.eventwire.query;
