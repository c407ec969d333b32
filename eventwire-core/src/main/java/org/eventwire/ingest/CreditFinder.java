package org.eventwire.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.TextSpan;

/**
 * Finds a photo credit at the end of a line: {@code EFE-EPA FILE/NAME/POOL MANDATORY CREDIT},
 * {@code REUTERS/Name}, {@code Photo: AFP}, {@code (Reuters/Name)}, {@code AP Photo/Name}, {@code
 * AFP via Getty Images}. A line that is nothing but a credit gives a credit starting at the line.
 */
final class CreditFinder {
  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.\\-]*|de|del|da|van|von|al|bin|el)";
  private static final String SEGMENT = "/\\s?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+" + NAME_WORD + "){0,5}";
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(
              "\\(?\\b(?i:photo(?:graph)?s?|picture|image|(?:photo )?credit)\\s*(?:by\\s*)?:"
                  + "\\s*[^\\n]{1,100}$"),
          Pattern.compile(
              "\\([^()\\n]{0,60}\\b"
                  + Agencies.PATTERN
                  + "\\b(?:/[^()\\n]{1,60}|\\s+via\\s+[^()\\n]{1,40}|\\s+Photo[^()\\n]{0,60})?\\)$"),
          Pattern.compile(
              "\\b" + Agencies.PATTERN + "\\s+(?:Photo|Photograph|Picture)s?(?:/[^\\n]{1,80})?$"),
          Pattern.compile(
              "\\b\\p{Lu}{3,}(?:-\\p{Lu}{2,})*(?:\\s+(?:FILE|POOL|HANDOUT))*(?:"
                  + SEGMENT
                  + "){1,6}$"),
          Pattern.compile("\\b(?:\\p{Lu}[\\p{L}\\-]*\\s+){0,3}(?:via\\s+)?Getty Images$"),
          Pattern.compile("\\b(?:\\p{Lu}{2,}[\\s/\\-]+){0,4}MANDATORY CREDIT$"));

  /** The credit ending {@code line}, if it has one. */
  Optional<TextSpan> find(String text, Line line) {
    int best = -1;
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(text).region(line.start(), line.end());
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new TextSpan(best, line.end()));
  }
}
