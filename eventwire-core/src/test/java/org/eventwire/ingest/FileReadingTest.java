package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.eventwire.model.Article;
import org.eventwire.model.PublishedDate.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FileReadingTest {
  private static final String STORY = Fixtures.text("efe-caption.txt");
  private static final String BODY =
      "The two ministers met in the capital on Monday and agreed to expand trade in grain and "
          + "fertiliser, the foreign ministry said in a statement.";

  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  private Path write(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, content);
  }

  private Path gzip(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return path;
  }

  @Test
  void aWireFileGivesAnArticleNamedAfterTheFile() throws IOException {
    Article a = Results.read(reader, write("chile-peru.txt", STORY)).onlyArticle();

    assertThat(a.id()).isEqualTo("chile-peru");
    assertThat(a.text()).isEqualTo(STORY);
    assertThat(a.title()).isEqualTo("Chile and Peru agree to reopen mountain border crossing");
    assertThat(a.source()).isEqualTo("EFE");
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(a.published().source()).isEqualTo(Source.INFERRED);
  }

  @Test
  void theDateOverrideWinsForWireFiles() throws IOException {
    ArticleReader dated =
        new ArticleReader(ReaderOptions.defaults().withDate(LocalDate.of(2024, 3, 5)));

    Article a = Results.read(dated, write("story.txt", STORY)).onlyArticle();

    assertThat(a.published().source()).isEqualTo(Source.OVERRIDE);
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void aWireFileWithoutDatelineHasNoDate() throws IOException {
    Article a = Results.read(reader, write("plain.txt", Fixtures.text("plain.txt"))).onlyArticle();

    assertThat(a.published().source()).isEqualTo(Source.NONE);
    assertThat(a.published().date()).isNull();
  }

  @Test
  void gzippedFilesOfEachKindAreRead() throws IOException {
    assertThat(Results.read(reader, gzip("story.txt.gz", STORY)).onlyArticle().id())
        .isEqualTo("story");
    Path feed = gzip("feed.jsonl.gz", "{\"id\": \"g1\", \"text\": \"" + BODY + "\"}\n");
    assertThat(Results.read(reader, feed).onlyArticle().id()).isEqualTo("g1");
    Path page =
        gzip("page.html.gz", "<html><body><article><p>" + BODY + "</p></article></body></html>");
    assertThat(Results.read(reader, page).onlyArticle().text()).isEqualTo(BODY);
  }

  @Test
  void aBrokenGzipFileIsAFailure() throws IOException {
    Path path = write("broken.txt.gz", "this is not gzip data at all");

    assertThat(Results.read(reader, path).onlyFailure().problem()).startsWith("could not read");
  }

  @Test
  void aDirectoryIsReadRecursivelyInSortedOrder() throws IOException {
    write("b/two.txt", STORY);
    write("a/z.txt", STORY);
    write("a/sub/y.htm", "<html><body><p>" + BODY + "</p></body></html>");
    write("c.jsonl", "{\"id\": \"j1\", \"text\": \"" + BODY + "\"}\n");
    write("a/notes.docx", "not an article");
    write(".hidden/secret.txt", STORY);

    Results r = Results.read(reader, dir);

    assertThat(r.articles()).extracting(Article::id).containsExactly("y", "z", "two", "j1");
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.input()).endsWith("notes.docx"))
        .satisfies(f -> assertThat(f.problem()).contains("unknown file type"));
  }

  @Test
  void aFileOfUnknownTypeNamedExplicitlyIsReadAsWireText() throws IOException {
    Article a = Results.read(reader, write("cable.msg", STORY)).onlyArticle();

    assertThat(a.id()).isEqualTo("cable");
    assertThat(a.layout().dateline()).isNotNull();
  }

  @Test
  void aMissingFileIsAFailureNamingIt() {
    Path missing = dir.resolve("nowhere.txt");

    ReadResult.Failed f = Results.read(reader, missing).onlyFailure();

    assertThat(f.input()).isEqualTo(missing.toString());
    assertThat(f.problem()).contains("no such file");
  }

  @Test
  void anUnreadableFileIsAFailureNamingIt() throws IOException {
    Path locked = write("locked.txt", STORY);
    locked.toFile().setReadable(false, false);
    Assumptions.assumeFalse(Files.isReadable(locked), "this user can read any file (root)");

    ReadResult.Failed f = Results.read(reader, locked).onlyFailure();

    assertThat(f.input()).isEqualTo(locked.toString());
    assertThat(f.problem()).contains("permission denied");
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreFailures() throws IOException {
    assertThat(Results.read(reader, write("empty.txt", "")).onlyFailure().problem())
        .contains("empty");
    assertThat(Results.read(reader, write("blank.txt", " \n\t\n")).onlyFailure().problem())
        .contains("empty");
  }

  @Test
  void aFileWithNulBytesIsBinary() throws IOException {
    Path path = dir.resolve("image.txt");
    Files.write(path, new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 2, 3});

    assertThat(Results.read(reader, path).onlyFailure().problem()).contains("binary");
  }

  @Test
  void aFileOfMostlyInvalidUtf8IsBinary() throws IOException {
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0xC3 : 0x07);
    }
    Path path = dir.resolve("noise.txt");
    Files.write(path, bytes);

    assertThat(Results.read(reader, path).onlyFailure().problem()).contains("binary");
  }

  @Test
  void aWindows1252FileIsReadNotRefused() throws IOException {
    Path path = dir.resolve("latin.txt");
    Files.write(
        path,
        ("BOGOTA (EFE) - " + BODY + " The caf\u00e9 owners agreed.").getBytes("windows-1252"));

    assertThat(Results.read(reader, path).onlyArticle().text()).contains("café");
  }

  @Test
  void aFileOverTheLimitIsRefused() throws IOException {
    ArticleReader small = new ArticleReader(new ReaderOptions(null, 100));

    ReadResult.Failed f = Results.read(small, write("long.txt", STORY)).onlyFailure();

    assertThat(f.problem()).contains("too large").contains("limit 100 bytes");
  }

  @Test
  void aGzipFileThatUnpacksOverTheLimitIsRefused() throws IOException {
    ArticleReader small = new ArticleReader(new ReaderOptions(null, 2000));

    Path bomb = gzip("bomb.txt.gz", "a".repeat(100_000));

    assertThat(Results.read(small, bomb).onlyFailure().problem()).contains("too large");
  }

  @Test
  @Timeout(5)
  void aHugeSparseFileIsRefusedFromItsSizeWithoutReadingIt() throws IOException {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(200L * 1024 * 1024);
    }

    ReadResult.Failed f = Results.read(reader, huge).onlyFailure();

    assertThat(f.problem()).contains("too large").contains("209715200 bytes");
  }

  @Test
  void aNonEnglishArticleIsRefused() throws IOException {
    String spanish =
        "Madrid, 4 mar (EFE).- Los gobiernos de los dos países anunciaron el lunes que volverán "
            + "a abrir el paso fronterizo cuando termine la reparación del camino y que los "
            + "camiones podrán circular antes de fin de mes.";

    assertThat(Results.read(reader, write("es.txt", spanish)).onlyFailure().problem())
        .contains("does not look like English");
  }

  @Test
  void oneBadFileInADirectoryDoesNotStopTheOthers() throws IOException {
    write("1.txt", STORY);
    write("2.txt", "");
    write("3.txt", STORY);

    Results r = Results.read(reader, dir);

    assertThat(r.articles()).extracting(Article::id).containsExactly("1", "3");
    assertThat(r.failures())
        .extracting(ReadResult.Failed::input)
        .containsExactly(dir.resolve("2.txt").toString());
  }
}
