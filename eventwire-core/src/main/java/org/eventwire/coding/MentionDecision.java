package org.eventwire.coding;

import java.util.List;

/**
 * One decision of the coder on an argument phrase: which actors it stands for and by which rule.
 * Exposed for measuring reference resolution (the gold set in {@code src/test/resources/coref}).
 *
 * @param sentence 0-based sentence index
 * @param headBegin document offset where the phrase's head token starts
 * @param headEnd document offset where the head token ends
 * @param text the phrase
 * @param codes the CAMEO codes of the actors found (null codes left out), in order
 * @param how the rule or knowledge-base entry behind the first actor, or "" when none was found
 */
public record MentionDecision(
    int sentence, int headBegin, int headEnd, String text, List<String> codes, String how) {
  public MentionDecision {
    codes = List.copyOf(codes);
  }
}
