// Who acts on whom: a directed graph of parties for a period, arrows from actor to recipient.
"use strict";

const form = document.getElementById("period");
const chart = echarts.init(document.getElementById("chart"), null, { renderer: "svg" });
window.addEventListener("resize", () => chart.resize());

/** Red for conflict, green for cooperation, grey in between. */
function colour(intensity) {
  if (intensity <= -2) return "#c92a2a";
  if (intensity >= 2) return "#2f7d4f";
  return "#868e96";
}

function graph(edges) {
  const weight = {};
  edges.forEach((e) => {
    weight[e.source] = (weight[e.source] || 0) + e.events;
    weight[e.target] = (weight[e.target] || 0) + e.events;
  });
  const max = Math.max(1, ...edges.map((e) => e.events));
  return {
    nodes: Object.entries(weight).map(([name, w]) => ({
      name, value: w, symbolSize: 12 + 30 * Math.sqrt(w / Math.max(...Object.values(weight))),
      label: { show: true },
    })),
    links: edges.map((e) => ({
      source: e.source, target: e.target, value: e.events,
      lineStyle: { width: 1 + 6 * (e.events / max), color: colour(e.mean_intensity), curveness: 0.15 },
      tooltip: { formatter: `${e.source} → ${e.target}: ${e.events} events, mean intensity ${e.mean_intensity.toFixed(1)}` },
    })),
  };
}

function table(edges, q) {
  const tbody = document.querySelector("#edges tbody");
  tbody.replaceChildren(...edges.map((e) => {
    const search = new URLSearchParams(ew.compact({ actor: e.source, recipient: e.target, from: q.from, to: q.to }));
    return ew.el("tr", {}, ew.el("td", {}, e.source), ew.el("td", {}, e.target),
      ew.el("td", {}, e.events), ew.el("td", {}, e.mean_intensity.toFixed(2)),
      ew.el("td", {}, ew.el("a", { href: "/?" + search.toString() }, "events"), " · ",
        ew.el("a", { href: `/dyad.html?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}` }, "timeline")));
  }));
}

async function show() {
  const q = { limit: "60", ...ew.query() };
  ew.fill(form, q);
  ew.status("Loading…");
  try {
    const n = await ew.api("/api/network", { from: q.from, to: q.to, limit: q.limit });
    const g = graph(n.edges);
    chart.setOption({
      animation: false,
      tooltip: {},
      series: [{
        type: "graph", layout: "circular", circular: { rotateLabel: false }, roam: true,
        edgeSymbol: ["none", "arrow"], edgeSymbolSize: 8, data: g.nodes, links: g.links,
        label: { position: "right" }, emphasis: { focus: "adjacency" },
      }],
    }, true);
    table(n.edges, q);
    ew.status(n.edges.length ? `${g.nodes.length} parties, ${n.edges.length} links (strongest first).` : "No event with both an actor and a recipient in this period.");
  } catch (err) {
    chart.clear();
    ew.status(err.message, true);
  }
}

ew.navigates(form, show);
show();
