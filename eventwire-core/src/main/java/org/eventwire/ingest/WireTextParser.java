package org.eventwire.ingest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.Dateline;
import org.eventwire.model.TextSpan;

/**
 * Finds the parts of wire copy in a text: photo caption and credit, headline, dateline, body and
 * sign-off. A pure function of the text; all spans point into it and hold no surrounding
 * whitespace.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>The text is read as non-blank lines. The dateline is looked for at the start of the first
 *       {@value FrontMatter#MAX_LINES} + 1 lines (see {@link DatelineParser}).
 *   <li>With a dateline, the lines before it are front matter: the last short line without final
 *       {@code . , ; :} that is not a credit is the headline; a line ending in a photo credit is a
 *       caption with its credit (see {@link CreditFinder}); a credit alone is the credit; another
 *       line is the caption.
 *   <li>Without a dateline, leading lines are taken as caption/credit while they carry a credit (or
 *       precede a line that is one), and the first headline-like line is the headline; the last
 *       line always belongs to the body.
 *   <li>The body starts after the dateline (or the front matter) and ends before the sign-off (see
 *       {@link SignoffFinder}); the sign-off span runs from its first element to the end.
 *   <li>Text with none of these parts gives a body spanning the whole trimmed text.
 * </ol>
 */
public final class WireTextParser {
  private final DatelineParser datelines;
  private final CreditFinder credits;
  private final SignoffFinder signoffs;

  public WireTextParser() {
    this(new DatelineParser(), new CreditFinder(), new SignoffFinder());
  }

  WireTextParser(DatelineParser datelines, CreditFinder credits, SignoffFinder signoffs) {
    this.datelines = datelines;
    this.credits = credits;
    this.signoffs = signoffs;
  }

  /** The parts of {@code text}. */
  public ArticleLayout parse(String text) {
    List<Line> lines = Line.split(text);
    if (lines.isEmpty()) {
      return emptyBody();
    }
    int datelineLine = -1;
    Dateline dateline = null;
    for (int i = 0; i < Math.min(lines.size(), FrontMatter.MAX_LINES + 1); i++) {
      Optional<Dateline> found = datelines.parse(text, lines.get(i));
      if (found.isPresent()) {
        datelineLine = i;
        dateline = found.get();
        break;
      }
    }
    FrontMatter front =
        dateline == null
            ? FrontMatter.leading(text, lines, credits)
            : FrontMatter.beforeDateline(text, lines.subList(0, datelineLine), credits);
    int bodyFrom = dateline == null ? lines.get(front.consumed()).start() : dateline.span().end();
    return layout(text, front, dateline, bodyFrom);
  }

  private ArticleLayout layout(String text, FrontMatter front, Dateline dateline, int bodyFrom) {
    int end = lastNonBlank(text);
    List<Line> bodyLines = Line.split(text, bodyFrom, end);
    OptionalInt signoffStart =
        signoffs.find(text, bodyLines, dateline == null ? null : dateline.agency());
    int bodyTo = signoffStart.orElse(end);
    TextSpan body =
        Line.trimmed(text, bodyFrom, bodyTo)
            .map(Line::span)
            .orElseGet(() -> new TextSpan(bodyFrom, bodyFrom));
    TextSpan signoff = signoffStart.isPresent() ? new TextSpan(signoffStart.getAsInt(), end) : null;
    return new ArticleLayout(
        front.caption(), front.credit(), front.headline(), dateline, body, signoff);
  }

  private static ArticleLayout emptyBody() {
    return new ArticleLayout(null, null, null, null, new TextSpan(0, 0), null);
  }

  private static int lastNonBlank(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
