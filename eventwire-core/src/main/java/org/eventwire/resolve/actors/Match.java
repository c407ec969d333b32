package org.eventwire.resolve.actors;

import java.util.List;

/**
 * A stretch of a phrase that names knowledge-base entries.
 *
 * @param firstToken index of its first token in the phrase
 * @param lastToken index of its last token
 * @param kind the kind of name matched
 * @param entries the entries it names (several for a shared surname or an organisation's periods)
 */
record Match(int firstToken, int lastToken, LexEntry.Kind kind, List<KbEntry> entries) {

  Match {
    entries = List.copyOf(entries);
  }
}
