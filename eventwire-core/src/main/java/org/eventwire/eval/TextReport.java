package org.eventwire.eval;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an evaluation run as text a developer reads in a terminal. */
public final class TextReport {
  private static final int MAX_LISTED = 20;

  private final boolean verbose;

  /**
   * @param verbose list every miss, mismatch and unmatched event, not only counts and a sample
   */
  public TextReport(boolean verbose) {
    this.verbose = verbose;
  }

  public String render(EvalRun run) {
    StringBuilder out = new StringBuilder();
    for (SuiteReport suite : run.suites()) {
      out.append(render(suite)).append('\n');
    }
    if (run.passed()) {
      out.append("thresholds: passed\n");
    } else {
      run.failures().forEach(f -> out.append("FAILED ").append(f).append('\n'));
    }
    return out.toString();
  }

  public String render(SuiteReport suite) {
    if (suite instanceof PloverReport p) {
      return plover(p);
    }
    if (suite instanceof PetrarchReport p) {
      return petrarch(p);
    }
    return new SeedText(verbose).render((SeedReport) suite);
  }

  private String plover(PloverReport r) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(r.suite()).append(" (PLOVER gold sentences)\n");
    out.append(line("sentences", r.records() + " (" + r.errors() + " coding errors)"));
    out.append(line("type recall", r.typeRecall()));
    out.append(line("no event at all", r.noEvent()));
    out.append(
        line(
            "source actor agrees", r.actorAgreement() + "  (of type-recalled, coded gold source)"));
    out.append(String.format(Locale.ROOT, "  %-10s %s%n", "type", "recall"));
    for (PloverReport.TypeRow row : r.perType()) {
      out.append(String.format(Locale.ROOT, "  %-10s %s%n", row.type(), row.recall()));
    }
    listed(out, "missed", r.misses().stream().map(TextReport::miss).toList());
    return out.toString();
  }

  private static String miss(PloverReport.Miss m) {
    String coded = m.coded().isEmpty() ? "nothing" : m.coded().toString();
    return m.id()
        + ": gold "
        + m.gold()
        + ", coded "
        + coded
        + (m.error() == null ? "" : " [" + m.error() + "]");
  }

  private String petrarch(PetrarchReport r) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(r.suite()).append(" (PETRARCH suite)\n");
    out.append(
        line(
            "records",
            (r.records() - r.notEvaluated())
                + " scored, "
                + r.notEvaluated()
                + " skipped (evaluate=false), "
                + r.errors()
                + " coding errors"));
    givenParses(out, r.givenParses());
    out.append(line("exact codes", r.exact()));
    out.append(line("country+root", r.root()));
    if (r.baseline() != null) {
      PetrarchReport.Baseline b = r.baseline();
      int shared = b.baselineExact().records();
      out.append("  on the ")
          .append(shared)
          .append(" records PETRARCH2 coded (")
          .append(b.missing())
          .append(" without baseline output left out):\n");
      out.append(line("  ours, exact", b.oursExact()));
      out.append(line("  PETRARCH2, exact", b.baselineExact()));
      out.append(line("  ours, root", b.oursRoot()));
      out.append(line("  PETRARCH2, root", b.baselineRoot()));
    }
    listed(out, "mismatched", r.mismatches().stream().map(TextReport::mismatch).toList());
    return out.toString();
  }

  private void givenParses(StringBuilder out, GivenParseCount count) {
    if (count == null) {
      return;
    }
    out.append(
        line(
            "given parses",
            count.used()
                + " used, "
                + count.fellBack()
                + " fell back ("
                + count.withoutParse()
                + " records without a parse)"));
    if (verbose && !count.fallBacks().isEmpty()) {
      listed(out, "fell back", count.fallBacks());
    }
  }

  private static String mismatch(PetrarchReport.Mismatch m) {
    return m.id()
        + ": expected "
        + triples(m.expected())
        + ", coded "
        + triples(m.predicted())
        + (m.error() == null ? "" : " [" + m.error() + "]");
  }

  private static String triples(List<Triple> triples) {
    return triples.isEmpty()
        ? "none"
        : triples.stream().map(Triple::toString).collect(Collectors.joining(" "));
  }

  static String line(String label, Object value) {
    return String.format(Locale.ROOT, "  %-22s %s%n", label + ":", value);
  }

  private void listed(StringBuilder out, String what, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    int shown = verbose ? items.size() : Math.min(MAX_LISTED, items.size());
    out.append("  ").append(what).append(" (").append(items.size()).append(")");
    out.append(shown < items.size() ? ", first " + shown + "; --verbose lists all:\n" : ":\n");
    items.subList(0, shown).forEach(i -> out.append("    ").append(i).append('\n'));
  }
}
