// Event search: filters in the URL (so a search can be bookmarked), a page of events at a time.
"use strict";

const PAGE = 50;
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const form = document.getElementById("filters");
const typeSelect = document.getElementById("type");
TYPES.forEach((t) => typeSelect.append(ew.el("option", { value: t }, t)));

function row(e) {
  const link = "/event.html?id=" + encodeURIComponent(e.id);
  const reader = "/article.html?id=" + encodeURIComponent(e.article_id) + "&event=" + encodeURIComponent(e.id);
  const sentence = e.evidence ? e.evidence.sentence : "";
  return ew.el("tr", {},
    ew.el("td", {}, e.date || "undated"),
    ew.el("td", {}, ew.el("a", { href: link, class: "event-link" }, e.type),
      ew.el("br"), ew.el("span", { class: "tag q" + e.quad_class }, ew.quadNames[e.quad_class])),
    ew.el("td", {}, ew.actors(e.actors)),
    ew.el("td", {}, ew.actors(e.recipients)),
    ew.el("td", {}, e.modality),
    ew.el("td", { class: "sentence" }, sentence.length > 220 ? sentence.slice(0, 220) + "…" : sentence,
      " ", ew.el("a", { href: reader, "aria-label": "Read the article of event " + e.id }, "read")));
}

async function show() {
  const q = ew.query();
  ew.fill(form, q);
  const offset = Number(q.offset || 0);
  ew.status("Searching…");
  const tbody = document.querySelector("#results tbody");
  try {
    const page = await ew.api("/api/events", { ...q, limit: PAGE });
    tbody.replaceChildren(...page.events.map(row));
    const first = page.events.length ? offset + 1 : 0;
    ew.status(page.events.length ? `Events ${first}–${offset + page.events.length}` + (page.has_more ? " (more on the next page)" : "") : "No event matches these filters.");
    pager(page, offset);
  } catch (err) {
    tbody.replaceChildren();
    ew.status(err.message, true);
  }
}

const pager = ew.paged(form, PAGE, show);
show();
