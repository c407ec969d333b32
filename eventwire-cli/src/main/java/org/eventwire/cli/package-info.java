/**
 * The command line at the edge: picocli commands that read arguments, build the pipeline and print
 * records. No coding logic lives here.
 */
package org.eventwire.cli;
