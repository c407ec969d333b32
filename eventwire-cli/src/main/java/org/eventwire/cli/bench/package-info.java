/**
 * The JMH benchmarks behind {@code eventwire bench}: the NLP stage, the coding stage and the whole
 * pipeline over read articles, with the settings, the fork hand-over and the result table.
 */
package org.eventwire.cli.bench;
