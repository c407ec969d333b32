package org.eventwire.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.eventwire.model.Json;

/**
 * Reads articles from files (by extension: {@code .txt} wire text, {@code .jsonl} JSON Lines,
 * {@code .html}/{@code .htm}, RSS/Atom feeds {@code .rss}/{@code .atom}/{@code .xml}, each
 * optionally {@code .gz}), directories (recursively) and standard input. One bad article is
 * reported as a {@link ReadResult.Failed} and never stops the rest.
 *
 * <p>Directories are walked in the order of their sorted paths; hidden files and directories (name
 * starting with a dot) are passed over; a file of unknown type is reported and skipped. A file of
 * unknown type named explicitly is read as wire text. A wire or HTML file larger than {@link
 * ReaderOptions#maxArticleBytes()} is refused from its size, before it is read; a JSON Lines file
 * may be of any size, but each of its lines is held to that limit.
 */
public final class ArticleReader {
  /** The largest feed file read (after decompression): 64 MiB. */
  static final long MAX_FEED_BYTES = 64L << 20;

  private final ReaderOptions options;
  private final ArticleFactory factory;
  private final JsonLinesReader jsonLines;
  private final HtmlExtractor html;
  private final FeedReader feeds;
  private final TextDecoder decoder;

  public ArticleReader(ReaderOptions options) {
    this(options, new TextDecoder());
  }

  private ArticleReader(ReaderOptions options, TextDecoder decoder) {
    this(options, decoder, factory(options, decoder));
  }

  private ArticleReader(ReaderOptions options, TextDecoder decoder, ArticleFactory factory) {
    this(
        options,
        factory,
        new JsonLinesReader(Json.newMapper(), factory, options.maxArticleBytes()),
        new HtmlExtractor(Json.newMapper()),
        decoder);
  }

  ArticleReader(
      ReaderOptions options,
      ArticleFactory factory,
      JsonLinesReader jsonLines,
      HtmlExtractor html,
      TextDecoder decoder) {
    this.options = options;
    this.factory = factory;
    this.jsonLines = jsonLines;
    this.html = html;
    this.feeds = new FeedReader(factory);
    this.decoder = decoder;
  }

  private static ArticleFactory factory(ReaderOptions options, TextDecoder decoder) {
    return new ArticleFactory(
        new WireTextParser(),
        new PublicationDates(options.dateOverride(), new YearInference()),
        new LanguageCheck(),
        decoder,
        options.maxArticleBytes());
  }

  /** Reads one path, handing each result to {@code sink} as it is read (streams large files). */
  public void read(Path path, Consumer<ReadResult> sink) {
    if (Files.isDirectory(path)) {
      readDirectory(path, sink);
    } else {
      InputKind kind = InputKind.of(fileName(path));
      readFile(path, kind == InputKind.UNKNOWN ? InputKind.WIRE : kind, sink);
    }
  }

  /**
   * Reads standard input by what it starts with (the first non-blank byte, then the first element):
   * JSON Lines when '{'; an RSS/Atom feed (read whole, up to 64 MiB) when the first element is
   * {@code rss}, {@code feed} or {@code rdf:RDF}; an HTML page when it is {@code html}; else one
   * wire text article. A single article read from the stream has id {@code stdin}. {@code name}
   * names the input in problem reports.
   */
  public void readStream(InputStream in, String name, Consumer<ReadResult> sink) {
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, StreamSniffer.LOOKAHEAD);
      switch (StreamSniffer.sniff(buffered)) {
        case JSON_LINES -> jsonLines.read(buffered, name, sink);
        case FEED -> feeds.read(Limits.readAtMost(buffered, MAX_FEED_BYTES), name, sink);
        case HTML ->
            sink.accept(
                htmlArticle(Limits.readAtMost(buffered, options.maxArticleBytes()), name, "stdin"));
        case TEXT -> {
          byte[] bytes = Limits.readAtMost(buffered, options.maxArticleBytes());
          sink.accept(factory.build(RawArticle.wire(name, "stdin", decoder.decode(bytes))));
        }
      }
    } catch (InputProblem e) {
      sink.accept(new ReadResult.Failed(name, e.getMessage()));
    } catch (IOException e) {
      sink.accept(new ReadResult.Failed(name, "could not read: " + e.getMessage()));
    }
  }

  /**
   * Reads JSON Lines from {@code in} whatever its first character (a batch job hands over lines one
   * at a time); {@code name} names the input in problem reports.
   */
  public void readJsonLines(InputStream in, String name, Consumer<ReadResult> sink) {
    jsonLines.read(in, name, sink);
  }

  /**
   * How many results reading this feed file hands over: its parsed items (one failure when it is
   * malformed, empty or too large). For a progress bar's total; the file is parsed once more when
   * read.
   */
  public long feedResults(Path file) throws IOException {
    try (InputStream in = open(file, InputKind.isGzip(fileName(file)))) {
      return feeds.results(Limits.readAtMost(in, MAX_FEED_BYTES));
    } catch (InputProblem e) {
      return 1;
    }
  }

  private void readDirectory(Path dir, Consumer<ReadResult> sink) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> !isHidden(dir, p)).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      sink.accept(
          new ReadResult.Failed(dir.toString(), "could not list directory: " + e.getMessage()));
      return;
    }
    for (Path file : files) {
      InputKind kind = InputKind.of(fileName(file));
      if (kind == InputKind.UNKNOWN) {
        sink.accept(
            new ReadResult.Failed(
                file.toString(),
                "skipped: unknown file type (expected .txt, .jsonl, .html, .htm, .rss, .atom or"
                    + " .xml, maybe .gz)"));
      } else {
        readFile(file, kind, sink);
      }
    }
  }

  private void readFile(Path file, InputKind kind, Consumer<ReadResult> sink) {
    String input = file.toString();
    boolean gzip = InputKind.isGzip(fileName(file));
    try {
      if (kind == InputKind.JSONL) {
        try (InputStream in = open(file, gzip)) {
          jsonLines.read(in, input, sink);
        }
        return;
      }
      if (kind == InputKind.FEED) {
        readFeed(file, gzip, sink);
        return;
      }
      long size = Files.size(file);
      if (size > options.maxArticleBytes()) {
        sink.accept(new ReadResult.Failed(input, Limits.tooLarge(size, options.maxArticleBytes())));
        return;
      }
      sink.accept(readArticle(file, kind, gzip));
    } catch (InputProblem e) {
      sink.accept(new ReadResult.Failed(input, e.getMessage()));
    } catch (NoSuchFileException e) {
      sink.accept(new ReadResult.Failed(input, "no such file"));
    } catch (AccessDeniedException e) {
      sink.accept(new ReadResult.Failed(input, "cannot read file: permission denied"));
    } catch (IOException e) {
      sink.accept(new ReadResult.Failed(input, "could not read: " + e.getMessage()));
    }
  }

  /**
   * A feed is read whole, up to {@link #MAX_FEED_BYTES}; its items are held to the article limit.
   */
  private void readFeed(Path file, boolean gzip, Consumer<ReadResult> sink)
      throws IOException, InputProblem {
    byte[] bytes;
    try (InputStream in = open(file, gzip)) {
      bytes = Limits.readAtMost(in, MAX_FEED_BYTES);
    }
    feeds.read(bytes, file.toString(), sink);
  }

  private ReadResult readArticle(Path file, InputKind kind, boolean gzip)
      throws IOException, InputProblem {
    String input = file.toString();
    String id = InputKind.idOf(fileName(file));
    byte[] bytes;
    try (InputStream in = open(file, gzip)) {
      bytes = Limits.readAtMost(in, options.maxArticleBytes());
    }
    if (kind == InputKind.HTML) {
      return htmlArticle(bytes, input, id);
    }
    return factory.build(RawArticle.wire(input, id, decoder.decode(bytes)));
  }

  private ReadResult htmlArticle(byte[] bytes, String input, String id)
      throws IOException, InputProblem {
    decoder.decode(bytes);
    return factory.build(html.extract(bytes, input, id));
  }

  private static InputStream open(Path file, boolean gzip) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    return gzip ? new GZIPInputStream(in) : in;
  }

  private static boolean isHidden(Path root, Path p) {
    Path relative = root.relativize(p);
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
