package org.eventwire.eval;

/** Renders a seed-gold report: scores, one line per gold event, violations, unmatched events. */
final class SeedText {
  private final boolean verbose;

  SeedText(boolean verbose) {
    this.verbose = verbose;
  }

  String render(SeedReport r) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(r.suite()).append(" (seed gold, article ").append(r.articleId());
    out.append(")\n");
    if (r.error() != null) {
      out.append(TextReport.line("ERROR", r.error()));
    }
    r.notes().forEach(n -> out.append(TextReport.line("note", n)));
    out.append(TextReport.line("required events", r.required()));
    out.append(TextReport.line("optional events", r.optional()));
    out.append(TextReport.line("date", r.date()));
    out.append(TextReport.line("modality", r.modality()));
    out.append(TextReport.line("factual/non-factual", r.factuality()));
    out.append(TextReport.line("location", r.location()));
    out.append(TextReport.line("sanctions", r.sanctions()));
    r.lines().forEach(l -> out.append(goldLine(l)));
    out.append(TextReport.line("must-not violations", r.violations().size()));
    for (SeedReport.Violation v : r.violations()) {
      out.append("    ✗ ").append(v.rule()).append(": ").append(v.event());
      out.append(" (").append(v.detail()).append(")\n");
    }
    out.append(TextReport.line("unmatched predicted", r.unmatched().size()));
    if (verbose) {
      r.unmatched().forEach(u -> out.append("    ? ").append(u).append('\n'));
    }
    return out.toString();
  }

  private static String goldLine(SeedReport.GoldLine l) {
    StringBuilder out = new StringBuilder("  ");
    out.append(l.matched() ? "✓ " : "✗ ").append(l.gold());
    out.append(l.required() ? "" : " (optional)");
    if (!l.matched()) {
      return out.append("\n      missing\n").toString();
    }
    out.append("\n      got ").append(l.predicted());
    out.append(flag("date", l.dateOk()))
        .append(flag("modality", l.modalityOk()))
        .append(flag("location", l.locationOk()))
        .append(flag("sanctions", l.sanctionsOk()));
    return out.append('\n').toString();
  }

  private static String flag(String what, Boolean ok) {
    return Boolean.FALSE.equals(ok) ? "  [" + what + " wrong]" : "";
  }
}
