/**
 * The Spark batch job: codes JSON Lines or Parquet articles partition by partition with one
 * pipeline per executor JVM, and writes the contract's fields as Parquet (docs/batch.md).
 */
package org.eventwire.batch;
