package org.eventwire.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invents a corpus of wire stories, the same for the same seed: happenings (meetings, aid,
 * sanctions, protests, launches between invented pairs of countries, 2024–2025), each reported by
 * one to four outlets in different words, some asserting and some attributing; some reports are
 * syndicated copies of another under a new headline and sign-off; some happenings have a sibling
 * that must stay apart (a second meeting the next day, the earlier announcement of a visit, another
 * launch months later).
 *
 * @param seed the random seed
 */
public record CorpusGenerator(long seed) {
  /** Articles per JSON Lines file written by {@link #write}. */
  public static final int PER_FILE = 1000;

  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** {@code n} articles. */
  public List<GeneratedArticle> generate(int n) {
    Random random = new Random(seed);
    List<GeneratedArticle> out = new ArrayList<>(n);
    int happenings = 0;
    while (out.size() < n) {
      Happening h = happening("h" + happenings++, random);
      report(h, random, out, n);
      for (Happening sibling : siblings(h, random)) {
        report(sibling, random, out, n);
      }
    }
    return out;
  }

  /**
   * Writes {@code n} articles as JSON Lines files of {@value #PER_FILE} ({@code
   * corpus-00001.jsonl}, ...) and {@code .truth.tsv} (article, happening, copy of; hidden, so an
   * ingest of {@code dir} passes it over) into {@code dir}.
   */
  public void write(int n, Path dir, ObjectMapper json) throws IOException {
    Files.createDirectories(dir);
    List<GeneratedArticle> articles = generate(n);
    for (int from = 0; from < articles.size(); from += PER_FILE) {
      Path file = dir.resolve(String.format("corpus-%05d.jsonl", from / PER_FILE + 1));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (GeneratedArticle a : articles.subList(from, Math.min(from + PER_FILE, n))) {
          ObjectNode o = json.createObjectNode();
          o.put("id", a.id()).put("text", a.text()).put("published", a.published().toString());
          o.put("title", a.title()).put("source", a.source()).put("url", a.url());
          w.write(json.writeValueAsString(o));
          w.newLine();
        }
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve(".truth.tsv"), StandardCharsets.UTF_8)) {
      w.write("article_id\thappening_id\tcopy_of\n");
      for (GeneratedArticle a : articles) {
        w.write(a.id() + "\t" + a.happeningId() + "\t" + (a.copyOf() == null ? "" : a.copyOf()));
        w.newLine();
      }
    }
  }

  private static Happening happening(String id, Random random) {
    Happening.Kind kind = Happening.Kind.values()[random.nextInt(Happening.Kind.values().length)];
    Country a = Country.ALL.get(random.nextInt(Country.ALL.size()));
    Country b = Country.ALL.get(random.nextInt(Country.ALL.size()));
    while (b.equals(a)) {
      b = Country.ALL.get(random.nextInt(Country.ALL.size()));
    }
    LocalDate date = START.plusDays(random.nextInt(720));
    return new Happening(id, kind, a, kind == Happening.Kind.LAUNCH ? null : b, date, false);
  }

  /** Distinct happenings that look like {@code h}: one in ten gets one. */
  private static List<Happening> siblings(Happening h, Random random) {
    if (random.nextInt(10) != 0) {
      return List.of();
    }
    return switch (h.kind()) {
      case MEETING ->
          random.nextBoolean()
              ? List.of(sibling(h, "-next-day", h.date().plusDays(1), false))
              : List.of(sibling(h, "-announced", h.date(), true));
      case LAUNCH ->
          List.of(sibling(h, "-later", h.date().plusDays(120 + random.nextInt(90)), false));
      default -> List.of(sibling(h, "-weeks-later", h.date().plusDays(21), false));
    };
  }

  private static Happening sibling(Happening h, String suffix, LocalDate date, boolean announced) {
    return new Happening(h.id() + suffix, h.kind(), h.actor(), h.recipient(), date, announced);
  }

  private static void report(Happening h, Random random, List<GeneratedArticle> out, int n) {
    int reports = 1 + random.nextInt(4);
    List<String> outlets = new ArrayList<>(Wording.OUTLETS);
    java.util.Collections.shuffle(outlets, random);
    GeneratedArticle previous = null;
    for (int i = 0; i < reports && out.size() < n; i++) {
      String outlet = outlets.get(i);
      String id = "gen-" + out.size();
      LocalDate published =
          h.announced()
              ? h.date().minusDays(3 + random.nextInt(8))
              : h.date().plusDays(random.nextInt(3));
      GeneratedArticle a =
          previous != null && random.nextInt(5) == 0
              ? copy(previous, id, outlet, i, h, random)
              : original(h, id, outlet, published, i, random);
      out.add(a);
      previous = a;
    }
  }

  private static GeneratedArticle original(
      Happening h, String id, String outlet, LocalDate published, int variant, Random random) {
    String lead = Wording.lead(h, random.nextInt(6) == 0, random);
    StringBuilder body = new StringBuilder(lead);
    int sentences = 5 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      body.append(s % 3 == 2 ? "\n\n" : " ").append(Wording.background(random));
    }
    String headline = Wording.headline(h, variant + random.nextInt(3));
    String dateline =
        h.host().capital().toUpperCase(java.util.Locale.ROOT)
            + ", "
            + StandInCoder.dayText(published)
            + " ("
            + outlet
            + ") - ";
    String text = headline + "\n\n" + dateline + body + "\n\n" + signoff(random) + "\n";
    return new GeneratedArticle(
        id, text, published, headline, outlet, url(outlet, id), h.id(), null);
  }

  /** The same dateline and body under another headline and sign-off, from another outlet. */
  private static GeneratedArticle copy(
      GeneratedArticle of, String id, String outlet, int variant, Happening h, Random random) {
    String body = of.text().substring(of.title().length(), of.text().lastIndexOf("\n\n"));
    String headline = Wording.headline(h, variant + 1 + random.nextInt(3));
    if (headline.equals(of.title())) {
      headline = headline + " (updated)";
    }
    String text = headline + body + "\n\n" + signoff(random) + "\n";
    String origin = of.copyOf() == null ? of.id() : of.copyOf();
    return new GeneratedArticle(
        id, text, of.published(), headline, outlet, url(outlet, id), h.id(), origin);
  }

  private static String signoff(Random random) {
    return (char) ('a' + random.nextInt(26))
        + ""
        + (char) ('a' + random.nextInt(26))
        + "/"
        + (char) ('a' + random.nextInt(26))
        + (char) ('a' + random.nextInt(26));
  }

  private static String url(String outlet, String id) {
    return "https://"
        + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
        + ".example/"
        + id;
  }
}
