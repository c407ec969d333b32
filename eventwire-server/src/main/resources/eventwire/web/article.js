// The article reader: the text with every event's words highlighted, and the events beside it.
"use strict";

const KINDS = ["EVIDENCE", "TRIGGER", "ACTOR", "RECIPIENT", "CLAIMANT", "DATE", "PLACE"];

/** Cuts the text at every span boundary; each piece knows which spans cover it. */
function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    out.push({ from, to, spans: spans.filter((s) => s.start <= from && s.end >= to) });
  }
  return out;
}

function render(text, spans) {
  const box = document.getElementById("text");
  box.replaceChildren(...segments(text, spans).map((seg) => {
    const words = text.slice(seg.from, seg.to);
    if (!seg.spans.length) return document.createTextNode(words);
    const kinds = [...new Set(seg.spans.map((s) => s.kind))];
    const events = [...new Set(seg.spans.map((s) => s.event_id))];
    const label = kinds.map((k) => k.toLowerCase()).join(", ");
    return ew.el("span", {
      class: kinds.map((k) => "k-" + k.toLowerCase()).join(" "),
      "data-events": events.join(" "),
      title: label + " of " + events.join(", "),
    }, words);
  }));
}

function claim(e) {
  const who = (e.claimants || []).map((c) => c.text || c.code).join(", ");
  return e.modality + (e.negated ? " (negated)" : "") + (who ? ", claimed by " + who : "");
}

function select(id) {
  document.querySelectorAll(".current").forEach((n) => n.classList.remove("current"));
  document.querySelectorAll("#text [data-events]").forEach((n) => {
    if (n.dataset.events.split(" ").includes(id)) n.classList.add("current");
  });
  const item = document.getElementById("ev-" + id);
  if (item) item.classList.add("current");
  const first = document.querySelector("#text .current");
  if (first) first.scrollIntoView({ block: "center" });
  const q = new URLSearchParams(location.search);
  q.set("event", id);
  history.replaceState(null, "", "?" + q.toString());
}

function eventItem(e) {
  return ew.el("li", { id: "ev-" + e.id },
    ew.el("button", { type: "button", onclick: () => select(e.id), "aria-label": "Highlight event " + e.id },
      `${e.type}: ${ew.actors(e.actors)} → ${ew.actors(e.recipients)}`),
    ew.el("div", {}, ew.el("span", { class: "tag q" + e.quad_class }, ew.quadNames[e.quad_class]), " ",
      e.date || "undated", e.location ? " · " + e.location.name : ""),
    ew.el("div", {}, "Claim: ", ew.el("strong", {}, claim(e))),
    (e.sanctions || []).length ? ew.el("div", {}, "Sanctions: " + e.sanctions.map((s) => s.regime + " " + s.measure).join(", ")) : null,
    ew.el("a", { href: "/event.html?id=" + encodeURIComponent(e.id) }, "all fields"));
}

async function show() {
  const q = ew.query();
  if (!q.id) return ew.status("No article id in the address.", true);
  try {
    const a = await ew.api("/api/articles/" + encodeURIComponent(q.id));
    document.title = (a.article.title || a.article.id) + " · eventwire";
    document.getElementById("title").textContent = a.article.title || a.article.id;
    document.getElementById("meta").textContent =
      [a.article.source, a.article.published, a.article.id].filter(Boolean).join(" · ");
    render(a.text, a.spans.filter((s) => KINDS.includes(s.kind)));
    document.getElementById("events").replaceChildren(...a.events.map(eventItem));
    ew.status(`${a.events.length} events, ${a.spans.length} marked stretches.`);
    if (q.event) select(q.event);
  } catch (err) {
    ew.status(err.message, true);
  }
}
show();
