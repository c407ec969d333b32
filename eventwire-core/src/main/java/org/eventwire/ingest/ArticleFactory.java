package org.eventwire.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.PublishedDate;

/**
 * Checks a {@link RawArticle} and completes it: empty, binary-looking, too large and non-English
 * texts are refused; the wire layout is found; the title defaults to the headline, the source to
 * the dateline agency; the publication date is decided by {@link PublicationDates}.
 */
final class ArticleFactory {
  private final WireTextParser parser;
  private final PublicationDates dates;
  private final LanguageCheck language;
  private final TextDecoder decoder;
  private final long maxBytes;

  ArticleFactory(
      WireTextParser parser,
      PublicationDates dates,
      LanguageCheck language,
      TextDecoder decoder,
      long maxBytes) {
    this.parser = parser;
    this.dates = dates;
    this.language = language;
    this.decoder = decoder;
    this.maxBytes = maxBytes;
  }

  /** The article, or a failure naming the input and the problem. */
  ReadResult build(RawArticle raw) {
    try {
      return new ReadResult.Ok(article(raw));
    } catch (InputProblem problem) {
      return new ReadResult.Failed(raw.input(), problem.getMessage());
    }
  }

  private Article article(RawArticle raw) throws InputProblem {
    String text = TextDecoder.normalise(raw.text());
    check(text);
    ArticleLayout layout = parser.parse(text);
    PublishedDate published = dates.resolve(raw.published(), text, layout.dateline());
    String title = Optional.ofNullable(blankToNull(raw.title())).orElse(headline(text, layout));
    String source = Optional.ofNullable(blankToNull(raw.source())).orElse(agency(layout));
    return new Article(raw.id(), text, published, title, source, blankToNull(raw.url()), layout);
  }

  private void check(String text) throws InputProblem {
    if (text.isBlank()) {
      throw new InputProblem("empty article (no text)");
    }
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      throw new InputProblem(Limits.tooLarge(bytes, maxBytes));
    }
    decoder.checkNotBinary(text);
    Optional<String> notEnglish = language.problem(text);
    if (notEnglish.isPresent()) {
      throw new InputProblem(notEnglish.get());
    }
  }

  private static String headline(String text, ArticleLayout layout) {
    return layout.headline() == null ? null : layout.headline().of(text);
  }

  private static String agency(ArticleLayout layout) {
    return layout.dateline() == null ? null : layout.dateline().agency();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
