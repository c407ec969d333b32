/**
 * Invented wire stories for tests and measurements: a generator of syndicated, re-worded and
 * distinct reports of made-up happenings, and a stand-in coder that reads their lead sentences
 * without CoreNLP (so store benchmarks and crash tests run in seconds).
 */
package org.eventwire.corpus;
