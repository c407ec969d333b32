// Dyad timeline: what two actors did to each other per period, cooperation above the axis and
// conflict below, stacked by quad class or PLOVER type, with the mean intensity as a line.
"use strict";

const form = document.getElementById("dyad");
const chart = echarts.init(document.getElementById("chart"), null, { renderer: "svg" });
window.addEventListener("resize", () => chart.resize());
const QUAD_COLOURS = { 1: "#74c69d", 2: "#2d6a4f", 3: "#f08c00", 4: "#c92a2a" };

/** Every period from the first to the last, so quiet periods show as gaps. */
function periods(points, interval) {
  if (!points.length) return [];
  const days = points.map((p) => p.period).sort();
  const out = [];
  const d = new Date(days[0] + "T00:00:00Z");
  const last = new Date(days[days.length - 1] + "T00:00:00Z");
  while (d <= last && out.length < 2000) {
    out.push(d.toISOString().slice(0, 10));
    if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  }
  return out;
}

function series(points, xs, stack) {
  const keyOf = stack === "type" ? (p) => p.type : (p) => p.quad_class;
  const keys = [...new Set(points.map(keyOf))].sort();
  const bars = keys.map((k) => {
    const values = xs.map((x) => points.filter((p) => p.period === x && keyOf(p) === k)
      .reduce((sum, p) => sum + (p.quad_class >= 3 ? -p.events : p.events), 0));
    const quad = points.find((p) => keyOf(p) === k).quad_class;
    return {
      name: stack === "type" ? String(k) : ew.quadNames[k],
      type: "bar", stack: quad >= 3 ? "conflict" : "cooperation", data: values,
      itemStyle: stack === "type" ? undefined : { color: QUAD_COLOURS[k] },
    };
  });
  const mean = xs.map((x) => {
    const here = points.filter((p) => p.period === x);
    const n = here.reduce((s, p) => s + p.events, 0);
    return n ? +(here.reduce((s, p) => s + p.mean_intensity * p.events, 0) / n).toFixed(2) : null;
  });
  bars.push({ name: "mean intensity", type: "line", yAxisIndex: 1, data: mean, connectNulls: false,
    symbolSize: 6, lineStyle: { color: "#1d2330" }, itemStyle: { color: "#1d2330" } });
  return bars;
}

function table(points, a, b) {
  const tbody = document.querySelector("#numbers tbody");
  tbody.replaceChildren(...points.map((p) => ew.el("tr", {},
    ew.el("td", {}, p.period), ew.el("td", {}, p.direction === "a_to_b" ? `${a} → ${b}` : `${b} → ${a}`),
    ew.el("td", {}, p.type), ew.el("td", {}, ew.quadNames[p.quad_class]),
    ew.el("td", {}, p.events), ew.el("td", {}, p.mean_intensity.toFixed(2)))));
}

async function show() {
  const q = { a: "PRK", b: "RUS", interval: "month", stack: "quad", ...ew.query() };
  ew.fill(form, q);
  ew.status("Loading…");
  try {
    const t = await ew.api(`/api/dyads/${encodeURIComponent(q.a)}/${encodeURIComponent(q.b)}/timeline`,
      { interval: q.interval, from: q.from, to: q.to });
    const points = t.points.filter((p) => !q.direction || p.direction === q.direction);
    const xs = periods(points, t.interval);
    chart.setOption({
      animation: false,
      title: { text: `${t.a} and ${t.b}, events per ${t.interval} (conflict below the axis)`, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: { bottom: 0, type: "scroll" },
      grid: { left: 50, right: 50, top: 40, bottom: 60 },
      xAxis: { type: "category", data: xs },
      yAxis: [{ type: "value", name: "events" },
        { type: "value", name: "mean intensity", min: -10, max: 10 }],
      series: series(points, xs, q.stack),
    }, true);
    table(points, t.a, t.b);
    const total = points.reduce((s, p) => s + p.events, 0);
    ew.status(total ? `${total} events between ${t.a} and ${t.b} in ${xs.length} periods.`
      : `No dated event between ${t.a} and ${t.b}.`);
  } catch (err) {
    chart.clear();
    ew.status(err.message, true);
  }
}

ew.navigates(form, show);
show();
