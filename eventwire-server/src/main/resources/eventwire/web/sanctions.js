// Sanctions watch: flagged events, newest first, with each measure's legal basis.
"use strict";

const PAGE = 50;
const form = document.getElementById("period");

function row(e) {
  const flags = e.sanctions || [];
  return ew.el("tr", {},
    ew.el("td", {}, e.date || "undated"),
    ew.el("td", {}, ew.el("a", { href: "/event.html?id=" + encodeURIComponent(e.id) }, e.type),
      " ", ew.el("a", { href: "/article.html?id=" + encodeURIComponent(e.article_id) + "&event=" + encodeURIComponent(e.id) }, "read")),
    ew.el("td", {}, ew.actors(e.actors) + " → " + ew.actors(e.recipients)),
    ew.el("td", {}, flags.map((s) => s.regime + " " + s.measure).join("; ")),
    ew.el("td", {}, flags.map((s) => s.basis + (s.listing ? " (listing " + s.listing + ")" : "")).join("; ")),
    ew.el("td", {}, e.modality));
}

async function show() {
  const q = ew.query();
  ew.fill(form, q);
  const offset = Number(q.offset || 0);
  const tbody = document.querySelector("#flagged tbody");
  ew.status("Loading…");
  try {
    const page = await ew.api("/api/sanctions", { ...q, limit: PAGE });
    tbody.replaceChildren(...page.events.map(row));
    ew.status(page.events.length ? `Flagged events ${offset + 1}–${offset + page.events.length}` : "No flagged event in this period.");
    pager(page, offset);
  } catch (err) {
    tbody.replaceChildren();
    ew.status(err.message, true);
  }
}

const pager = ew.paged(form, PAGE, show);
show();
