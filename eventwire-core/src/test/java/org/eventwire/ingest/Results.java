package org.eventwire.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Article;

/** Collects what a reader hands to its sink. */
final class Results {
  final List<ReadResult> all = new ArrayList<>();

  static Results read(ArticleReader reader, Path path) {
    Results r = new Results();
    reader.read(path, r.all::add);
    return r;
  }

  static Results stream(ArticleReader reader, String input) {
    Results r = new Results();
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    reader.readStream(new ByteArrayInputStream(bytes), "stdin", r.all::add);
    return r;
  }

  List<Article> articles() {
    return all.stream()
        .filter(ReadResult.Ok.class::isInstance)
        .map(r -> ((ReadResult.Ok) r).article())
        .toList();
  }

  List<ReadResult.Failed> failures() {
    return all.stream()
        .filter(ReadResult.Failed.class::isInstance)
        .map(ReadResult.Failed.class::cast)
        .toList();
  }

  Article onlyArticle() {
    if (all.size() != 1 || articles().size() != 1) {
      throw new AssertionError("expected one article, got " + all);
    }
    return articles().get(0);
  }

  ReadResult.Failed onlyFailure() {
    if (all.size() != 1 || failures().size() != 1) {
      throw new AssertionError("expected one failure, got " + all);
    }
    return failures().get(0);
  }
}
