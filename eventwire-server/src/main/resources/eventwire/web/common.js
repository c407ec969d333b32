// eventwire web UI: helpers every page uses. Plain browser JavaScript, no build step.
"use strict";

const ew = {
  /** GETs an API path; resolves to the parsed JSON or throws an Error carrying the API's message. */
  async api(path, params) {
    const query = params ? "?" + new URLSearchParams(ew.compact(params)).toString() : "";
    const res = await fetch(path + query, { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      throw new Error(body.message || res.status + " " + res.statusText);
    }
    return body;
  },

  /** The object without empty values. */
  compact(o) {
    const out = {};
    for (const [k, v] of Object.entries(o)) {
      if (v !== null && v !== undefined && v !== "" && v !== false) out[k] = v;
    }
    return out;
  },

  /** The page's query string as an object. */
  query() {
    return Object.fromEntries(new URLSearchParams(location.search).entries());
  },

  /** Makes an element: ew.el("a", {href: "x"}, "text", child...). */
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  },

  /** Shows a status line (role=status, so screen readers hear it); error=true marks a failure. */
  status(text, error) {
    const s = document.getElementById("status");
    if (!s) return;
    s.textContent = text;
    s.classList.toggle("error", !!error);
  },

  /** An actor list as short codes: "PRKGOV, RUS". */
  actors(list) {
    return (list || []).map((a) => a.code || a.country || a.igo || a.text).join(", ") || "—";
  },

  /** Fills a form's fields from an object (by field name). */
  fill(form, values) {
    for (const [k, v] of Object.entries(values)) {
      const f = form.elements.namedItem(k);
      if (!f) continue;
      if (f.type === "checkbox") f.checked = v === "true";
      else f.value = v;
    }
  },

  /** A form's fields as an object (checkboxes as "true" or absent). */
  read(form) {
    const out = {};
    for (const f of form.elements) {
      if (!f.name) continue;
      if (f.type === "checkbox") out[f.name] = f.checked ? "true" : "";
      else out[f.name] = f.value.trim();
    }
    return ew.compact(out);
  },

  quadNames: { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" },
};

/** A filter form without paging: submitting it changes the address and calls show(). */
ew.navigates = function (form, show) {
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    history.pushState(null, "", "?" + new URLSearchParams(ew.read(form)).toString());
    show();
  });
  window.addEventListener("popstate", show);
};

/**
 * Wires a paged list: the filter form's submit, the previous/next buttons and the browser's back
 * button all change the address and call show(). Returns the function that updates the pager.
 */
ew.paged = function (form, size, show) {
  const go = (params) => {
    history.pushState(null, "", "?" + new URLSearchParams(ew.compact(params)).toString());
    show();
  };
  const step = (by) => {
    const q = ew.query();
    go({ ...q, offset: Math.max(0, Number(q.offset || 0) + by) });
  };
  form.addEventListener("submit", (ev) => { ev.preventDefault(); go(ew.read(form)); });
  form.addEventListener("reset", () => setTimeout(() => go({}), 0));
  document.getElementById("prev").addEventListener("click", () => step(-size));
  document.getElementById("next").addEventListener("click", () => step(size));
  window.addEventListener("popstate", show);
  return (page, offset) => {
    document.getElementById("page").textContent = `Page ${Math.floor(offset / size) + 1}`;
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = !page.has_more;
  };
};
