package org.eventwire.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom feed (ROME) into articles, one per item: its content (else its description)
 * as HTML turned into text with jsoup, its title, its link as URL, its publication (else update)
 * date, the feed's title as source. The article id is {@code feed-} and 16 hex digits of SHA-256 of
 * the item's guid (else link, else title), so the same item in two feeds has one id. A feed that
 * cannot be parsed is one failure naming the file; an item without text is a failure naming the
 * file and item number; the other items are read.
 */
final class FeedReader {
  private final ArticleFactory factory;

  FeedReader(ArticleFactory factory) {
    this.factory = factory;
  }

  /**
   * How many results {@link #read} hands over for these bytes: one per parsed item, or one failure
   * when the feed is malformed or has no items.
   */
  int results(byte[] bytes) {
    try {
      return Math.max(1, parse(bytes).getEntries().size());
    } catch (FeedException | IllegalArgumentException e) {
      return 1;
    }
  }

  void read(byte[] bytes, String input, Consumer<ReadResult> sink) {
    SyndFeed feed;
    try {
      feed = parse(bytes);
    } catch (FeedException | IllegalArgumentException e) {
      sink.accept(new ReadResult.Failed(input, "malformed RSS/Atom feed: " + e.getMessage()));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.accept(new ReadResult.Failed(input, "feed has no items"));
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      sink.accept(item(entries.get(i), feed, input + "#" + (i + 1)));
    }
  }

  /** Parses the feed; blank lines before the XML declaration (not allowed in XML) are skipped. */
  private static SyndFeed parse(byte[] bytes) throws FeedException {
    int from = 0;
    while (from < bytes.length && Character.isWhitespace(bytes[from])) {
      from++;
    }
    return new SyndFeedInput()
        .build(new InputSource(new ByteArrayInputStream(bytes, from, bytes.length - from)));
  }

  private ReadResult item(SyndEntry e, SyndFeed feed, String input) {
    String text = text(e);
    if (text.isBlank()) {
      return new ReadResult.Failed(input, "feed item has no content or description");
    }
    Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    String published =
        when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return factory.build(
        new RawArticle(
            input,
            id(e),
            text,
            published,
            blankToNull(e.getTitle()),
            blankToNull(feed.getTitle()),
            blankToNull(e.getLink())));
  }

  private static String text(SyndEntry e) {
    List<String> parts = new ArrayList<>();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        parts.add(c.getValue());
      }
    }
    if (parts.isEmpty() && e.getDescription() != null && e.getDescription().getValue() != null) {
      parts.add(e.getDescription().getValue());
    }
    return htmlToText(String.join("\n", parts));
  }

  /** Paragraphs of an HTML fragment as text, a blank line between them. */
  static String htmlToText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.body().select("p, li, h1, h2, h3, h4, blockquote")) {
      if (p.select("p, li").size() == (p.is("p, li") ? 1 : 0) && !p.text().isBlank()) {
        paragraphs.add(p.text());
      }
    }
    return paragraphs.isEmpty() ? doc.body().text() : String.join("\n\n", paragraphs);
  }

  private static String id(SyndEntry e) {
    String key = firstNonBlank(e.getUri(), e.getLink(), e.getTitle());
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((key == null ? "" : key).getBytes(StandardCharsets.UTF_8));
      return "feed-" + HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 missing from the JDK", ex);
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
