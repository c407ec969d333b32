package org.eventwire.ingest;

import java.util.List;
import java.util.Optional;
import org.eventwire.model.TextSpan;

/**
 * The parts of wire copy before the body: photo caption, its credit and the headline.
 *
 * @param caption the caption without its credit, or null
 * @param credit the credit line, or null
 * @param headline the headline, or null
 * @param consumed how many leading lines these parts took
 */
record FrontMatter(TextSpan caption, TextSpan credit, TextSpan headline, int consumed) {

  /** At most this many lines before the body are read as front matter. */
  static final int MAX_LINES = 4;

  private static final int MAX_HEADLINE_CHARS = 200;
  private static final int MAX_HEADLINE_WORDS = 25;

  static FrontMatter none() {
    return new FrontMatter(null, null, null, 0);
  }

  /**
   * Reads front matter from lines known to stand before the body (the lines before a dateline):
   * every line is taken. The headline is the last short line without final punctuation.
   */
  static FrontMatter beforeDateline(String text, List<Line> lines, CreditFinder credits) {
    Builder b = new Builder(text, credits);
    int headline = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (b.credit(lines.get(i)) == null && isHeadlineLike(text, lines.get(i))) {
        headline = i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i == headline) {
        b.headline = lines.get(i).span();
      } else {
        b.take(lines.get(i));
      }
    }
    return b.build(lines.size());
  }

  /**
   * Reads front matter from the top of an article without a dateline. Lines are taken while they
   * are a caption with its credit, a credit alone, a line followed by a credit alone, or the first
   * headline-like line; the last line is always left for the body.
   */
  static FrontMatter leading(String text, List<Line> lines, CreditFinder credits) {
    Builder b = new Builder(text, credits);
    int i = 0;
    for (; i < Math.min(lines.size() - 1, MAX_LINES); i++) {
      Line line = lines.get(i);
      boolean creditNext = i + 1 < lines.size() - 1 && b.isCreditOnly(lines.get(i + 1));
      if (b.credit(line) != null || creditNext) {
        b.take(line);
      } else if (b.headline == null && isHeadlineLike(text, line)) {
        b.headline = line.span();
      } else {
        break;
      }
    }
    return b.build(i);
  }

  static boolean isHeadlineLike(String text, Line line) {
    String s = line.of(text);
    char last = s.charAt(s.length() - 1);
    return s.length() <= MAX_HEADLINE_CHARS
        && s.split("\\s+").length <= MAX_HEADLINE_WORDS
        && !Character.isLowerCase(s.charAt(0))
        && ".,;:".indexOf(last) < 0;
  }

  /** Collects the parts while lines are classified. */
  private static final class Builder {
    private final String text;
    private final CreditFinder credits;
    private TextSpan caption;
    private TextSpan credit;
    private TextSpan headline;

    Builder(String text, CreditFinder credits) {
      this.text = text;
      this.credits = credits;
    }

    TextSpan credit(Line line) {
      return credits.find(text, line).orElse(null);
    }

    boolean isCreditOnly(Line line) {
      TextSpan found = credit(line);
      return found != null && found.start() == line.start();
    }

    /** Takes a caption or credit line: the first caption and the first credit found are kept. */
    void take(Line line) {
      TextSpan found = credit(line);
      Optional<Line> before =
          Line.trimmed(text, line.start(), found == null ? line.end() : found.start());
      if (caption == null && before.isPresent()) {
        caption = before.get().span();
      }
      if (credit == null && found != null) {
        credit = found;
      }
    }

    FrontMatter build(int consumed) {
      return new FrontMatter(caption, credit, headline, consumed);
    }
  }
}
