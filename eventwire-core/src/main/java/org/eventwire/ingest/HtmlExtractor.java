package org.eventwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts the article from an HTML page with jsoup. Nothing in the page is run: scripts are
 * dropped with the other boilerplate.
 *
 * <ul>
 *   <li>Title: {@code og:title}, else {@code <title>}, else the first {@code <h1>}.
 *   <li>Date: a publication meta tag ({@code article:published_time}, {@code datePublished}, ...),
 *       else {@code datePublished} in JSON-LD, else the first {@code <time datetime>}.
 *   <li>Text: boilerplate is removed (scripts, styles, forms, navigation, header, footer, asides,
 *       figures, and blocks whose class or id names sharing, related links, ads, comments ...); the
 *       main block is the {@code articleBody} or {@code <article>} with most paragraph text, else
 *       the element whose own {@code <p>} children hold the most text. Its paragraphs, sub-headings
 *       and list items become paragraphs separated by blank lines.
 * </ul>
 */
final class HtmlExtractor {
  private static final String DROP =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button,"
          + " input, select, textarea, nav, header, footer, aside, figure, [hidden],"
          + " [aria-hidden=true]";
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)share|social|related|newsletter|promo|advert|\\bads?\\b|cookie|subscribe"
              + "|breadcrumb|sidebar|comment|\\bmenu|recommend|popular|most-read|byline-tools");
  private static final Set<String> KEPT_CONTAINERS = Set.of("html", "body", "article", "main");
  private static final List<String> DATE_META =
      List.of(
          "meta[property=article:published_time]",
          "meta[name=article:published_time]",
          "meta[property=og:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=pubdate]",
          "meta[name=publishdate]",
          "meta[name=parsely-pub-date]",
          "meta[name=sailthru.date]",
          "meta[name=dc.date]",
          "meta[name=DC.date.issued]",
          "meta[name=date]");
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

  private final ObjectMapper mapper;

  HtmlExtractor(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  RawArticle extract(byte[] bytes, String input, String id) throws IOException, InputProblem {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    String title = title(doc);
    String published = published(doc);
    String source = meta(doc, "meta[property=og:site_name]").orElse(null);
    String url =
        Optional.of(doc.select("link[rel=canonical]").attr("href"))
            .filter(s -> !s.isBlank())
            .or(() -> meta(doc, "meta[property=og:url]"))
            .orElse(null);
    dropBoilerplate(doc);
    String text = paragraphs(mainBlock(doc));
    if (text.isBlank()) {
      throw new InputProblem("no article text found in the page");
    }
    return new RawArticle(input, id, text, published, title, source, url);
  }

  private static String title(Document doc) {
    return meta(doc, "meta[property=og:title]")
        .or(() -> Optional.of(doc.title()).filter(s -> !s.isBlank()))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text))
        .orElse(null);
  }

  private String published(Document doc) {
    return DATE_META.stream()
        .map(query -> meta(doc, query))
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> jsonLdDate(doc))
        .or(() -> Optional.of(doc.select("time[datetime]").attr("datetime")))
        .filter(s -> !s.isBlank())
        .orElse(null);
  }

  private Optional<String> jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = mapper.readTree(script.data()).findValue("datePublished");
        if (found != null && found.isTextual()) {
          return Optional.of(found.asText());
        }
      } catch (IOException e) {
        // a broken JSON-LD block gives no date; the page is still read
      }
    }
    return Optional.empty();
  }

  private static Optional<String> meta(Document doc, String query) {
    return Optional.ofNullable(doc.selectFirst(query))
        .map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime"))
        .map(String::strip)
        .filter(s -> !s.isBlank());
  }

  /**
   * Drops boilerplate. A block named like boilerplate is kept when it holds the article or half of
   * the page's paragraph text (a page-wide wrapper with a "share-enabled" class, say).
   */
  private static void dropBoilerplate(Document doc) {
    doc.select(DROP).remove();
    int total = paragraphChars(doc);
    doc.getAllElements().stream()
        .filter(e -> !KEPT_CONTAINERS.contains(e.normalName()))
        .filter(e -> BOILERPLATE.matcher(e.className() + " " + e.id()).find())
        .filter(e -> e.select("article, main, [itemprop=articleBody]").isEmpty())
        .filter(e -> paragraphChars(e) * 5 < Math.max(total, 1) * 4)
        .toList()
        .forEach(Element::remove);
  }

  private static Element mainBlock(Document doc) {
    Optional<Element> marked =
        doc.select("[itemprop=articleBody], article").stream()
            .max(Comparator.comparingInt(HtmlExtractor::paragraphChars))
            .filter(e -> paragraphChars(e) > 0);
    return marked.orElseGet(() -> densest(doc));
  }

  private static int paragraphChars(Element e) {
    return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
  }

  private static Element densest(Document doc) {
    Map<Element, Integer> chars = new HashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        chars.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return chars.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static String paragraphs(Element block) {
    Elements blocks = block.select(BLOCKS);
    if (blocks.isEmpty()) {
      return block.text();
    }
    return blocks.stream()
        .filter(e -> e.select(BLOCKS).size() == 1)
        .map(Element::text)
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("\n\n"));
  }
}
