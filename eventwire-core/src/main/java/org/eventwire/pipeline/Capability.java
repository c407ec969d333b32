package org.eventwire.pipeline;

/** What a stage needs or makes; the pipeline checks the order of its stages with these. */
public enum Capability {
  /** An article as read. */
  ARTICLE,
  /** The text to code: wire parts that are not news (caption, credit, sign-off) blanked. */
  CODABLE_TEXT,
  /** Sentences, tokens, dependencies and time expressions. */
  ANALYSIS,
  /** Coded event records. */
  EVENTS
}
