package org.eventwire.ingest;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Finds where the sign-off of wire copy begins: trailing lines of editor initials ({@code asb/am},
 * {@code XXX/YYY}), end marks ({@code --30--}, {@code ###}, {@code (END)}), reporting credits
 * ({@code (Reporting by ...; Editing by ...)}), a desk e-mail address or time stamp, a line with
 * only the agency name, and the agency tag closing the last paragraph ({@code ... Moscow. EFE},
 * {@code ... he said. (AP)}).
 */
final class SignoffFinder {
  private static final String CREDITS =
      "\\((?i:(?:additional|further)\\s+)?(?i:reporting|writing|editing|compiled|translated"
          + "|additional reporting)\\b[^()]*(?:\\([^()]*\\)[^()]*)*\\)";
  private static final List<Pattern> WHOLE_LINES =
      List.of(
          Pattern.compile("[A-Za-z]{1,5}(?:/[A-Za-z]{1,5}){1,4}"),
          Pattern.compile("-{1,3}\\s*30\\s*-{1,3}|#{3}|\\(END\\)|-*\\s*(?:END|ENDS|Ends)\\s*-*"),
          Pattern.compile(CREDITS),
          Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"),
          Pattern.compile("\\d{4}/\\d{2}/\\d{2}\\s+\\d{2}:\\d{2}(?:\\s+[A-Z]{2,4})?"));

  /**
   * Offset where the sign-off starts among {@code lines} (the body lines, in order), or empty when
   * there is none. The first line is never taken whole: it holds the start of the body. The
   * dateline's agency (may be null) counts as an agency name besides the well-known ones.
   */
  OptionalInt find(String text, List<Line> lines, String datelineAgency) {
    String agencies =
        datelineAgency == null
            ? Agencies.PATTERN
            : "(?:" + Agencies.PATTERN + "|" + Pattern.quote(datelineAgency) + ")";
    Pattern agencyLine = Pattern.compile("\\(?" + agencies + "\\)?\\.?");
    Pattern trailingTag =
        Pattern.compile("[.!?\"”’')]\\s*(?<tag>\\(?" + agencies + "\\)?\\.?|" + CREDITS + ")$");
    int start = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (i > 0 && (isWholeSignoff(text, line) || agencyLine.matcher(line.of(text)).matches())) {
        start = line.start();
        continue;
      }
      var m = trailingTag.matcher(text).region(line.start(), line.end());
      if (m.find()) {
        start = m.start("tag");
      }
      break;
    }
    return start < 0 ? OptionalInt.empty() : OptionalInt.of(start);
  }

  private static boolean isWholeSignoff(String text, Line line) {
    String content = line.of(text);
    return WHOLE_LINES.stream().anyMatch(p -> p.matcher(content).matches());
  }
}
