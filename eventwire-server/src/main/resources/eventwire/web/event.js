// One event: every field of its record, its cluster, and links to its article and its dyad.
"use strict";

function field(list, name, ...value) {
  list.append(ew.el("dt", {}, name), ew.el("dd", {}, ...value));
}

function place(l) {
  if (!l) return "—";
  const where = [l.name, l.admin1, l.country].filter(Boolean).join(", ");
  return l.lat != null ? `${where} (${l.lat}, ${l.lon})` : where;
}

function sanctions(list) {
  if (!list || !list.length) return "none";
  return list.map((s) => `${s.regime} ${s.measure}: ${s.basis}` + (s.listing ? ` (listing ${s.listing})` : "")).join("; ");
}

async function show() {
  const id = ew.query().id;
  if (!id) return ew.status("No event id in the address.", true);
  try {
    const d = await ew.api("/api/events/" + encodeURIComponent(id));
    const e = d.event;
    document.title = `${e.type} · eventwire`;
    document.getElementById("title").textContent = `${e.type}: ${ew.actors(e.actors)} → ${ew.actors(e.recipients)}`;
    const f = document.getElementById("fields");
    const reader = "/article.html?id=" + encodeURIComponent(e.article_id) + "&event=" + encodeURIComponent(e.id);
    field(f, "Evidence", e.evidence ? e.evidence.sentence : "—", " ",
      ew.el("a", { href: reader, id: "read-article" }, "Read it in the article"));
    field(f, "Trigger", e.evidence ? e.evidence.trigger : "—");
    field(f, "Type / mode / CAMEO", `${e.type} / ${e.mode || "—"} / ${e.cameo || "—"}`);
    field(f, "Quad class, intensity", `${ew.quadNames[e.quad_class]}, ${e.intensity}`);
    field(f, "Actors", ew.actors(e.actors));
    field(f, "Recipients", ew.actors(e.recipients));
    field(f, "Date", `${e.date || "undated"}${e.date_precision ? " (" + e.date_precision + ")" : ""}${e.date_text ? ", from “" + e.date_text + "”" : ""}${e.historical ? ", historical" : ""}`);
    field(f, "Place", place(e.location));
    field(f, "Claim status", e.modality + (e.negated ? ", negated" : ""));
    field(f, "Claimants", ew.actors(e.claimants));
    field(f, "Sanctions", sanctions(e.sanctions));
    field(f, "Article", ew.el("a", { href: reader }, d.article.title || d.article.id),
      ` ${d.article.source || ""} ${d.article.published || ""}`);
    const a = (e.actors[0] || {}).country, b = (e.recipients[0] || {}).country;
    if (a && b) {
      field(f, "Dyad", ew.el("a", { href: `/dyad.html?a=${a}&b=${b}` }, `${a}–${b} timeline`));
    }
    const c = document.getElementById("cluster");
    field(c, "Cluster id", ew.el("a", { href: "/?cluster=" + encodeURIComponent(d.cluster.cluster_id) }, d.cluster.cluster_id));
    field(c, "First report", d.cluster.first_report || "—");
    field(c, "Articles / outlets / copies", `${d.cluster.n_articles} / ${d.cluster.n_outlets} / ${d.cluster.n_copies}`);
    ew.status("");
  } catch (err) {
    ew.status(err.message, true);
  }
}
show();
