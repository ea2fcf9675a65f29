/* sitrep report: map, timeline, incident table and document reader, drawn from the JSON in this file.
 *
 * Rules this file keeps (tests check them): every piece of data reaches the page through textContent,
 * createTextNode or setAttribute and is never parsed as markup or used as an address; nothing is fetched; SVG elements
 * take their namespace from the <svg> the HTML parser made, so no address appears here.
 */
(function () {
  "use strict";

  // --- data -------------------------------------------------------------------------------------------
  const byId = (id) => document.getElementById(id);
  const DATA = JSON.parse(byId("sitrep-data").textContent);
  const BASEMAP = JSON.parse(byId("sitrep-basemap").textContent);
  const SVG_NS = byId("map").namespaceURI;
  const DOCS = DATA.documents || [];
  const EVENTS = DATA.events || [];
  const INCIDENTS = DATA.incidents || [];
  const COUNTRIES = DATA.countries || {};

  const TYPES = [
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
  ];
  const TYPE_COLOR = {
    "Battles": "#c8412c", "Explosions/Remote violence": "#e08a00", "Violence against civilians": "#8a3f9e",
    "Protests": "#2a6fb5", "Riots": "#1b8a6b", "Strategic developments": "#6f7a85",
  };
  const FIELD_LABEL = {
    status: "Status", date: "Date", location: "Location", actor1: "Actor 1 (acted)", actor2: "Actor 2 (target)",
    killed: "Killed", injured: "Injured", casualties: "Casualties",
  };
  const FIELD_SHORT = {
    status: "status", date: "date", location: "place", actor1: "perpetrator", actor2: "target",
    killed: "killed", injured: "injured", casualties: "casualties",
  };
  const SOURCE_KIND = {
    author: "the outlet itself", official: "official", military: "military", media: "media", ngo: "NGO",
    armed_group: "armed group", witness: "witness", unnamed: "unnamed source",
  };
  const FIELDS = ["status", "date", "location", "actor1", "actor2", "killed", "injured", "casualties"];
  const DAY = 86400000;

  // --- DOM helpers: text only ------------------------------------------------------------------------
  function setAttrs(node, attrs) {
    for (const key in attrs || {}) {
      const value = attrs[key];
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (typeof value === "function") node.addEventListener(key.replace(/^on/, ""), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    return node;
  }
  function append(node, kids) {
    for (const kid of kids.flat(Infinity)) {
      if (kid === null || kid === undefined || kid === false || kid === "") continue;
      node.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return node;
  }
  function h(tag, attrs, ...kids) { return append(setAttrs(document.createElement(tag), attrs), kids); }
  function s(tag, attrs, ...kids) { return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), kids); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function num(n) { return Number(n).toLocaleString("en-US"); }
  function plural(n, one, many) { return num(n) + " " + (n === 1 ? one : (many || one + "s")); }
  function lower(value) { return String(value || "").toLowerCase(); }

  // --- formatting ---------------------------------------------------------------------------------------
  function fmtCount(c) {
    if (c === null || c === undefined) return "";
    if (typeof c !== "object") return String(c);
    if (c.min === null || c.min === undefined) return c.max === null || c.max === undefined ? "?" : "≤" + num(c.max);
    if (c.max === null || c.max === undefined) return num(c.min) + "+";
    return c.min === c.max ? num(c.min) : num(c.min) + "–" + num(c.max);
  }
  function fmtDate(d) {
    if (!d || (!d.start && !d.end)) return "undated";
    const start = d.start || "?", end = d.end || start;
    if (d.precision === "year") return start.slice(0, 4);
    if (d.precision === "month" && start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
    if (d.precision === "week") return "week of " + start;
    return start === end ? start : start + " – " + end;
  }
  function countryName(code) { return (code && COUNTRIES[code]) || code || ""; }
  function fmtPlace(p) {
    if (!p) return "";
    const name = p.name || p.text || "";
    const country = countryName(p.country);
    return country && country !== name ? name + ", " + country : name;
  }
  function fmtValue(field, value) {
    if (value === null || value === undefined) return "—";
    if (field === "killed" || field === "injured" || field === "casualties") return fmtCount(value);
    if (field === "date") return fmtDate(value);
    if (field === "location") return typeof value === "object" ? fmtPlace(value) : String(value);
    if (typeof value === "object") {
      if (value.name) return String(value.name);
      return JSON.stringify(value);
    }
    return String(value);
  }
  function sameValue(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  function dayNumber(iso) {
    if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
    const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
    return Number.isFinite(t) ? Math.round(t / DAY) : null;
  }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function typeColor(t) { return TYPE_COLOR[t] || "#9aa3ad"; }
  function sourceLabel(source) { return source === "author" ? "the outlet itself" : source; }

  // --- what each incident offers to filters, sorting and drawing ------------------------------------------
  const ROWS = INCIDENTS.map(deriveIncident);

  function deriveIncident(inc, index) {
    const fields = inc.fields || {};
    const consensus = inc.consensus || {};
    const claims = (inc.events || []).map((e) => EVENTS[e]).filter(Boolean);
    const docs = (inc.docs || []).map((d) => DOCS[d]).filter(Boolean);
    const date = inc.date || consensus.date || null;
    const place = inc.location || null;
    const actors = new Set(), places = new Set(), sources = new Set();
    for (const field of ["actor1", "actor2"]) {
      for (const v of fields[field] || []) if (v.value) actors.add(fmtValue(field, v.value));
      for (const c of claims) {
        const a = c[field];
        if (a && a.name) actors.add(a.name);
        if (a && a.text) actors.add(a.text);
        for (const alt of (a && a.alternatives) || []) actors.add(alt);
      }
    }
    const addPlace = (p) => {
      if (!p || typeof p !== "object") return;
      for (const v of [p.name, p.text, p.admin1, p.country, countryName(p.country)]) if (v) places.add(v);
    };
    addPlace(place);
    for (const v of fields.location || []) addPlace(v.value);
    for (const c of claims) addPlace(c.location);
    for (const field of FIELDS) for (const v of fields[field] || []) for (const src of v.sources || []) sources.add(src);
    for (const c of claims) if (c.source) sources.add(c.source);
    const outlets = new Set(docs.map((d) => d.outlet).filter(Boolean));
    const killed = consensus.killed || ((fields.killed || [])[0] || {}).value || null;
    const killedLows = (fields.killed || []).map((v) => (v.value || {}).min).filter((n) => Number.isFinite(n));
    const killedHighs = (fields.killed || []).map((v) => {
      const c = v.value || {};
      return Number.isFinite(c.max) ? c.max : c.min;
    }).filter((n) => Number.isFinite(n));
    const status = consensus.status || ((fields.status || [])[0] || {}).value || (claims[0] || {}).status || "";
    const lat = place && Number.isFinite(place.lat) ? place.lat : null;
    const lon = place && Number.isFinite(place.lon) ? place.lon : null;
    const row = {
      index, inc, claims, docs, date, place, lat, lon, status,
      start: dayNumber(date && date.start), end: dayNumber(date && (date.end || date.start)),
      type: inc.event_type || "", sub: inc.sub_event_type || "",
      contra: inc.contradictions || [],
      killed: killed && Number.isFinite(killed.min) ? killed.min : null,
      killedLow: killedLows.length ? Math.min(...killedLows) : null,
      killedHigh: killedHighs.length ? Math.max(...killedHighs) : null,
      injured: consensus.injured && Number.isFinite(consensus.injured.min) ? consensus.injured.min : null,
      actors: [...actors], places: [...places], sources: [...sources], outlets: [...outlets],
    };
    row.actorsLower = row.actors.map(lower);
    row.placesLower = row.places.map(lower);
    row.blob = lower([inc.id, row.type, row.sub, row.status, ...row.actors, ...row.places, ...row.sources,
      ...row.outlets, ...docs.map((d) => d.title || "")].join("\n"));
    return row;
  }

  // --- state and the address bar (filters and the open view survive a reload and can be bookmarked) -------
  const FILTER_KEYS = ["q", "type", "actor", "place", "from", "to", "status", "contra", "multi"];
  const state = {
    filter: { q: "", type: "", actor: "", place: "", from: "", to: "", status: "", contra: false, multi: false },
    incidentSort: { key: "date", dir: -1 }, incidentPage: 0, pageSize: 50,
    docSort: { key: "published", dir: -1 }, docPage: 0,
    stack: [],  // drawer views: {kind: "incident", id} | {kind: "doc", id, event}
  };
  let filtered = ROWS;

  function readHash() {
    const raw = location.hash.replace(/^#/, "");
    if (raw.indexOf("=") < 0) return null;
    const params = new URLSearchParams(raw);
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      state.filter[key] = key === "contra" || key === "multi" ? value === "1" : (value || "");
    }
    if (params.get("incident")) return { kind: "incident", id: params.get("incident") };
    if (params.get("doc")) return { kind: "doc", id: params.get("doc"), event: params.get("event") || null };
    return null;
  }
  function hashFor(view) {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = state.filter[key];
      if (value === true) params.set(key, "1");
      else if (value) params.set(key, value);
    }
    if (view && view.kind === "incident") params.set("incident", view.id);
    if (view && view.kind === "doc") {
      params.set("doc", view.id);
      if (view.event) params.set("event", view.event);
    }
    const text = params.toString();
    return text ? "#" + text : location.pathname + location.search;
  }
  function syncHash(push) {
    const target = hashFor(state.stack[state.stack.length - 1]);
    if (target === location.hash || (!location.hash && !target.startsWith("#"))) return;
    history[push ? "pushState" : "replaceState"](null, "", target);
  }

  // --- filtering -----------------------------------------------------------------------------------------
  function activeFilter() {
    const f = state.filter;
    return Boolean(f.q || f.type || f.actor || f.place || f.from || f.to || f.status || f.contra || f.multi);
  }
  function matches(row, f) {
    if (f.type) {
      const [kind, value] = [f.type.slice(0, 2), f.type.slice(2)];
      if (kind === "t:" && row.type !== value) return false;
      if (kind === "s:" && row.sub !== value) return false;
    }
    if (f.status && row.status !== f.status) return false;
    if (f.contra && !row.contra.length) return false;
    if (f.multi && row.docs.length < 2) return false;
    if (f.from || f.to) {
      if (row.start === null) return false;
      const from = dayNumber(f.from), to = dayNumber(f.to);
      if (from !== null && row.end < from) return false;
      if (to !== null && row.start > to) return false;
    }
    if (f.actor) {
      const needle = lower(f.actor).trim();
      if (needle && !row.actorsLower.some((a) => a.includes(needle))) return false;
    }
    if (f.place) {
      const needle = lower(f.place).trim();
      if (needle && !row.placesLower.some((p) => p.includes(needle))) return false;
    }
    if (f.q) {
      for (const word of lower(f.q).split(/\s+/)) if (word && !row.blob.includes(word)) return false;
    }
    return true;
  }
  function applyFilters() {
    filtered = ROWS.filter((row) => matches(row, state.filter));
    state.incidentPage = 0;
    state.docPage = 0;
    renderAll();
  }

  // --- filter form -----------------------------------------------------------------------------------------
  const form = byId("filters");
  function fillFilterForm() {
    const typeSelect = form.elements.type;
    const typeCounts = new Map(), subCounts = new Map();
    for (const row of ROWS) {
      typeCounts.set(row.type, (typeCounts.get(row.type) || 0) + 1);
      subCounts.set(row.type + "\u0000" + row.sub, (subCounts.get(row.type + "\u0000" + row.sub) || 0) + 1);
    }
    const types = [...typeCounts.keys()].sort((a, b) => rank(a) - rank(b));
    for (const type of types) {
      typeSelect.appendChild(h("option", { value: "t:" + type, text: (type || "unknown") + " (" + typeCounts.get(type) + ")" }));
      for (const [key, count] of subCounts) {
        const [parent, sub] = key.split("\u0000");
        if (parent === type && sub) typeSelect.appendChild(h("option", { value: "s:" + sub, text: "\u2003" + sub + " (" + count + ")" }));
      }
    }
    const statusSelect = form.elements.status;
    const statuses = [...new Set(ROWS.map((r) => r.status).filter(Boolean))].sort();
    for (const status of statuses) statusSelect.appendChild(h("option", { value: status, text: status }));
    fillList(byId("actor-list"), ROWS.flatMap((r) => r.inc.fields ? Object.keys(r.inc.fields)
      .filter((k) => k === "actor1" || k === "actor2")
      .flatMap((k) => r.inc.fields[k].map((v) => fmtValue(k, v.value))) : []));
    fillList(byId("place-list"), ROWS.flatMap((r) => r.places));
  }
  function rank(type) { const i = TYPES.indexOf(type); return i < 0 ? TYPES.length : i; }
  function fillList(list, values) {
    const counts = new Map();
    for (const v of values) if (v && v !== "—") counts.set(v, (counts.get(v) || 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 800);
    for (const [value] of sorted) list.appendChild(h("option", { value }));
  }
  function formToState() {
    for (const key of FILTER_KEYS) {
      const input = form.elements[key];
      state.filter[key] = input.type === "checkbox" ? input.checked : input.value;
    }
  }
  function stateToForm() {
    for (const key of FILTER_KEYS) {
      const input = form.elements[key];
      if (input.type === "checkbox") input.checked = Boolean(state.filter[key]);
      else input.value = state.filter[key] || "";
    }
  }
  let typingTimer = 0;
  form.addEventListener("input", (event) => {
    clearTimeout(typingTimer);
    const delay = event.target.type === "search" || event.target.type === "text" ? 180 : 0;
    typingTimer = setTimeout(() => { formToState(); syncHash(false); applyFilters(); }, delay);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => setTimeout(() => { formToState(); syncHash(false); applyFilters(); }, 0));
  function setFilter(key, value) {
    state.filter[key] = state.filter[key] === value ? (typeof value === "boolean" ? false : "") : value;
    stateToForm();
    syncHash(false);
    applyFilters();
  }

  // --- overview: key figures and breakdowns -----------------------------------------------------------------
  function renderKpis() {
    const all = ROWS.length, n = filtered.length, partial = activeFilter();
    const docs = new Set(), outlets = new Set();
    let claims = 0, contradicted = 0, killed = 0, low = 0, high = 0, withToll = 0;
    for (const row of filtered) {
      claims += row.claims.length;
      for (const d of row.docs) { docs.add(d.id); if (d.outlet) outlets.add(d.outlet); }
      if (row.contra.length) contradicted += 1;
      if (row.killed !== null) { killed += row.killed; withToll += 1; }
      if (row.killedLow !== null) low += row.killedLow;
      if (row.killedHigh !== null) high += row.killedHigh;
    }
    const set = (key, value, note) => {
      const dd = document.querySelector('[data-kpi="' + key + '"]');
      if (!dd) return;
      clear(dd);
      append(dd, [value, note ? h("small", { text: note }) : null]);
    };
    set("incidents", num(n), partial ? "of " + num(all) : null);
    set("events", num(partial ? claims : EVENTS.length), null);
    set("documents", num(partial ? docs.size : DOCS.length), null);
    set("outlets", num(partial ? outlets.size : new Set(DOCS.map((d) => d.outlet).filter(Boolean)).size), null);
    set("contradicted", num(contradicted), n ? Math.round((100 * contradicted) / n) + "%" : null);
    set("killed", withToll ? num(killed) : "–", low !== high ? "sources say " + num(low) + "–" + num(high) : null);
    document.querySelector('[data-kpi="contradicted"]').parentElement.classList.toggle("warn", contradicted > 0);
    const starts = filtered.map((r) => r.start).filter((d) => d !== null);
    const ends = filtered.map((r) => r.end).filter((d) => d !== null);
    set("period", starts.length ? isoDay(Math.min(...starts)) + " – " + isoDay(Math.max(...ends)) : "undated", null);
    const count = byId("result-count");
    clear(count);
    append(count, partial ? [h("strong", { text: num(n) }), " of " + plural(all, "incident")] : [h("strong", { text: plural(all, "incident") })]);
  }

  function renderBars(list, entries, total, onPick, pickedValue, color) {
    clear(list);
    if (!entries.length) { list.appendChild(h("li", { class: "empty", text: "none" })); return; }
    const max = Math.max(...entries.map((e) => e[1]));
    for (const [label, count, value] of entries) {
      const bar = h("i");
      bar.style.width = Math.max(2, (100 * count) / max) + "%";
      if (color) bar.style.background = color(label);
      list.appendChild(h("li", {}, h("button", {
        type: "button", "aria-pressed": String(pickedValue === value), title: label + ": " + plural(count, "incident"),
        onclick: () => onPick(value),
      }, h("span", { class: "label", text: label }), h("span", { class: "num", text: num(count) }), h("span", { class: "bar" }, bar))));
    }
  }
  function tally(rows, keysOf, limit) {
    const counts = new Map();
    for (const row of rows) for (const key of new Set(keysOf(row))) if (key) counts.set(key, (counts.get(key) || 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, limit);
  }
  function renderBreakdowns() {
    const types = tally(filtered, (r) => [r.type || "unknown"], 12).sort((a, b) => rank(a[0]) - rank(b[0]));
    renderBars(byId("by-type"), types.map(([t, c]) => [t, c, "t:" + t]), filtered.length,
      (v) => setFilter("type", v), state.filter.type, typeColor);
    const actorsOf = (r) => ["actor1", "actor2"].flatMap((k) => ((r.inc.fields || {})[k] || []).map((v) => fmtValue(k, v.value)));
    const actors = tally(filtered, actorsOf, 8).filter(([name]) => name !== "—");
    renderBars(byId("by-actor"), actors.map(([a, c]) => [a, c, a]), filtered.length,
      (v) => setFilter("actor", v), state.filter.actor);
    const sources = tally(filtered, (r) => r.claims.map((c) => c.source), 8);
    renderBars(byId("by-source"), sources.map(([src, c]) => [sourceLabel(src), c, src]), filtered.length,
      (v) => setFilter("q", v), state.filter.q);
  }

  // --- map: our own Mercator over Natural Earth outlines --------------------------------------------------------
  const map = {
    svg: byId("map"), land: byId("map-land"), labels: byId("map-labels"), marks: byId("map-marks"),
    wrap: byId("map-wrap"), tooltip: byId("tooltip"), view: null, countries: [], circles: [], width: 1, height: 1,
  };
  function project(lon, lat) {
    const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
    return [lon, (-180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
  }
  function decodeArcs() {
    const q = BASEMAP.quantum || 0.01;
    return (BASEMAP.arcs || []).map((flat) => {
      const points = [];
      let x = 0, y = 0;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        x += flat[i]; y += flat[i + 1];
        points.push(project(x * q, y * q));
      }
      return points;
    });
  }
  function buildBasemap() {
    const arcs = decodeArcs();
    const withData = new Set(ROWS.map((r) => r.place && r.place.country).filter(Boolean));
    for (const country of BASEMAP.countries || []) {
      let d = "", minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (const polygon of country.polygons || []) {
        for (const ring of polygon) {
          const points = [];
          for (const index of ring) {
            const arc = index >= 0 ? arcs[index] : (arcs[~index] || []).slice().reverse();
            if (!arc) continue;
            for (let i = points.length ? 1 : 0; i < arc.length; i++) points.push(arc[i]);
          }
          if (points.length < 3) continue;
          d += "M" + points.map((p) => p[0].toFixed(3) + " " + p[1].toFixed(3)).join("L") + "Z";
          for (const [x, y] of points) {
            if (x < minX) minX = x; if (x > maxX) maxX = x;
            if (y < minY) minY = y; if (y > maxY) maxY = y;
          }
        }
      }
      if (!d) continue;
      const has = withData.has(country.iso2);
      map.land.appendChild(s("path", { d, class: has ? "country has-data" : "country", "vector-effect": "non-scaling-stroke", "stroke-width": 0.7 },
        s("title", { text: country.name })));
      const [lx, ly] = country.label ? project(country.label[0], country.label[1]) : [(minX + maxX) / 2, (minY + maxY) / 2];
      const label = s("text", { class: "country-label", x: lx, y: ly, text: country.name });
      map.labels.appendChild(label);
      map.countries.push({ name: country.name, has, label, lx, ly, w: maxX - minX, h: maxY - minY });
    }
  }
  function markRadius(row) { return 3.5 + Math.min(13, 1.5 * Math.sqrt(Math.max(0, row.killed || 0))); }
  function buildMarks() {
    const placed = ROWS.filter((r) => r.lat !== null && r.lon !== null);
    placed.sort((a, b) => markRadius(b) - markRadius(a));
    for (const row of placed) {
      const [x, y] = project(row.lon, row.lat);
      const vague = (row.place.precision || 1) >= 2;
      const cls = "mark" + (vague ? " vague" : "") + (row.contra.length ? " contra" : "");
      const circle = s("circle", { cx: x, cy: y, r: 1, class: cls, fill: typeColor(row.type), "data-row": row.index,
        "vector-effect": "non-scaling-stroke", "stroke-width": row.contra.length ? 2 : 1 });
      map.marks.appendChild(circle);
      map.circles.push({ row, circle, x, y, px: markRadius(row) });
    }
  }
  function measureMap() {
    const box = map.svg.getBoundingClientRect();
    map.width = Math.max(1, box.width);
    map.height = Math.max(1, box.height);
  }
  function bounds(points) {
    return [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])),
      Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
  }
  /* Zoom to the incidents; with `trim`, a few far-flung ones (often a misplaced name) do not zoom the map out to the world. */
  function fitMap(rows, trim) {
    measureMap();
    let points = rows.filter((r) => r.lat !== null && r.lon !== null).map((r) => project(r.lon, r.lat));
    if (trim && points.length >= 10) {
      const at = (values, q) => values.slice().sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
      const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
      const [x0, x1, y0, y1] = [at(xs, 0.1), at(xs, 0.9), at(ys, 0.1), at(ys, 0.9)];
      const mx = Math.max(2, x1 - x0) * 0.75, my = Math.max(2, y1 - y0) * 0.75;
      const core = points.filter((p) => p[0] >= x0 - mx && p[0] <= x1 + mx && p[1] >= y0 - my && p[1] <= y1 + my);
      const area = (b) => Math.max(1, b[2] - b[0]) * Math.max(1, b[3] - b[1]);
      if (core.length && area(bounds(core)) * 3 < area(bounds(points))) points = core;
    }
    const [x0, y0, x1, y1] = points.length ? bounds(points) : [-170, -75, 190, 80];
    const minSpan = points.length ? 4 : 0;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    let w = Math.max(x1 - x0, minSpan) * 1.25, hgt = Math.max(y1 - y0, minSpan) * 1.25;
    const aspect = map.width / map.height;
    if (w / hgt < aspect) w = hgt * aspect; else hgt = w / aspect;
    setView({ x: cx - w / 2, y: cy - hgt / 2, w, h: hgt });
  }
  function setView(view) {
    const w = Math.max(0.05, Math.min(420, view.w));
    const hgt = (w * map.height) / map.width;
    const cx = view.x + view.w / 2, cy = view.y + view.h / 2;
    map.view = { x: cx - w / 2, y: cy - hgt / 2, w, h: hgt };
    map.svg.setAttribute("viewBox", [map.view.x, map.view.y, map.view.w, map.view.h].map((v) => v.toFixed(4)).join(" "));
    scaleMap();
  }
  function scaleMap() {
    const unit = map.view.w / map.width;  // map units per screen pixel
    for (const mark of map.circles) mark.circle.setAttribute("r", (mark.px * unit).toFixed(4));
    placeLabels(unit);
    updateMapNote();
  }
  function placeLabels(unit) {
    const v = map.view, taken = [];
    const order = map.countries.slice().sort((a, b) => (b.has - a.has) || (b.w * b.h - a.w * a.h));
    for (const c of order) {
      const widthPx = c.w / unit, textPx = c.name.length * 7 + 6;
      const inside = c.lx > v.x && c.lx < v.x + v.w && c.ly > v.y && c.ly < v.y + v.h;
      let show = inside && widthPx > (c.has ? Math.min(textPx, 40) : Math.max(textPx, 60));
      const box = [(c.lx - v.x) / unit - textPx / 2, (c.ly - v.y) / unit - 8, textPx, 16];
      if (show && taken.some((t) => box[0] < t[0] + t[2] && t[0] < box[0] + box[2] && box[1] < t[1] + t[3] && t[1] < box[1] + box[3])) show = false;
      if (show) taken.push(box);
      c.label.setAttribute("display", show ? "inline" : "none");
      if (show) c.label.setAttribute("font-size", (10.5 * unit).toFixed(4));
      if (show) c.label.setAttribute("stroke-width", (3 * unit).toFixed(4));
    }
  }
  function zoomAt(factor, px, py) {
    const v = map.view;
    const mx = v.x + (px / map.width) * v.w, my = v.y + (py / map.height) * v.h;
    const w = Math.max(0.05, Math.min(420, v.w / factor)), hgt = (w * map.height) / map.width;
    setView({ x: mx - (px / map.width) * w, y: my - (py / map.height) * hgt, w, h: hgt });
  }
  function renderMapMarks() {
    const visible = new Set(filtered.map((r) => r.index));
    let shown = 0;
    for (const mark of map.circles) {
      const on = visible.has(mark.row.index);
      mark.circle.setAttribute("display", on ? "inline" : "none");
      if (on) shown += 1;
    }
    map.shown = shown;
    updateMapNote();
  }
  function updateMapNote() {
    if (map.shown === undefined) return;
    const v = map.view;
    let outside = 0;
    for (const mark of map.circles) {
      if (mark.circle.getAttribute("display") === "none") continue;
      if (mark.x < v.x || mark.x > v.x + v.w || mark.y < v.y || mark.y > v.y + v.h) outside += 1;
    }
    const unplaced = filtered.length - map.shown;
    byId("map-note").textContent = plural(map.shown, "incident") + " on the map" +
      (outside ? " (" + num(outside) + " outside this view: zoom out or “Fit to incidents”)" : "") +
      (unplaced ? "; " + plural(unplaced, "incident") + " without coordinates, listed in the table" : "") +
      ". Circle area grows with the consensus death toll. Drag to pan, scroll to zoom, click a circle for its sources.";
  }
  function renderLegend() {
    const legend = byId("map-legend");
    const present = new Set(ROWS.map((r) => r.type));
    for (const t of TYPES.filter((t) => present.has(t))) {
      const sw = h("span", { class: "sw" });
      sw.style.background = typeColor(t);
      legend.appendChild(h("span", {}, sw, t));
    }
    legend.appendChild(h("span", {}, h("span", { class: "sw ring" }), "sources disagree"));
    legend.appendChild(h("span", {}, h("span", { class: "sw vague" }), "placed only to a district or province"));
  }
  function showTooltip(row, clientX, clientY) {
    const tip = map.tooltip, box = map.wrap.getBoundingClientRect();
    clear(tip);
    append(tip, [
      h("b", { text: (row.sub || row.type || "Incident") + " — " + (fmtPlace(row.place) || "unplaced") }),
      fmtDate(row.date), h("br"),
      "Killed: " + (fmtValue("killed", (row.inc.consensus || {}).killed) || "not stated"),
      h("br"), plural(row.claims.length, "claim") + " from " + plural(row.docs.length, "document"),
      row.contra.length ? h("div", { class: "t-contra", text: "Sources disagree on " + row.contra.map((f) => FIELD_SHORT[f] || f).join(", ") }) : null,
    ]);
    tip.hidden = false;
    const x = Math.min(clientX - box.left + 14, box.width - 310), y = Math.min(clientY - box.top + 14, box.height - tip.offsetHeight - 8);
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = Math.max(4, y) + "px";
  }
  function wireMap() {
    let drag = null;
    map.svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      const box = map.svg.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    map.svg.addEventListener("pointerdown", (event) => {
      drag = { x: event.clientX, y: event.clientY, view: Object.assign({}, map.view), moved: false };
      map.svg.setPointerCapture(event.pointerId);
    });
    map.svg.addEventListener("pointermove", (event) => {
      if (drag) {
        const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; map.svg.classList.add("dragging"); map.tooltip.hidden = true; }
        if (drag.moved) {
          const unit = drag.view.w / map.width;
          setView({ x: drag.view.x - dx * unit, y: drag.view.y - dy * unit, w: drag.view.w, h: drag.view.h });
        }
        return;
      }
      const target = event.target;
      if (target && target.classList && target.classList.contains("mark")) showTooltip(ROWS[+target.getAttribute("data-row")], event.clientX, event.clientY);
      else map.tooltip.hidden = true;
    });
    map.svg.addEventListener("pointerup", (event) => {
      const wasDrag = drag && drag.moved;
      drag = null;
      map.svg.classList.remove("dragging");
      if (wasDrag) return;
      const hit = document.elementFromPoint(event.clientX, event.clientY);
      if (hit && hit.classList && hit.classList.contains("mark")) openView({ kind: "incident", id: ROWS[+hit.getAttribute("data-row")].inc.id }, true);
    });
    map.svg.addEventListener("pointerleave", () => { map.tooltip.hidden = true; });
    byId("zoom-in").addEventListener("click", () => zoomAt(1.6, map.width / 2, map.height / 2));
    byId("zoom-out").addEventListener("click", () => zoomAt(1 / 1.6, map.width / 2, map.height / 2));
    byId("zoom-fit").addEventListener("click", () => fitMap(filtered, false));
  }

  // --- timeline: incidents per day, week or month, stacked by type; drag to pick dates ---------------------------
  const timeline = { svg: byId("timeline"), bins: [], x: null, left: 36, right: 10, top: 8, bottom: 22 };
  function binning() {
    const days = ROWS.flatMap((r) => (r.start === null ? [] : [r.start]));
    if (!days.length) return null;
    const lo = Math.min(...days), hi = Math.max(...days), span = hi - lo + 1;
    const unit = span <= 92 ? "day" : span <= 1100 ? "week" : "month";
    const key = (d) => {
      if (unit === "day") return d;
      if (unit === "week") return d - ((new Date(d * DAY).getUTCDay() + 6) % 7);
      const date = new Date(d * DAY);
      return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY);
    };
    const next = (k) => {
      if (unit === "day") return k + 1;
      if (unit === "week") return k + 7;
      const date = new Date(k * DAY);
      return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY);
    };
    const bins = [];
    for (let k = key(lo); k <= hi; k = next(k)) bins.push({ start: k, end: next(k) - 1 });
    return { unit, bins, key, lo: bins[0].start, hi: bins[bins.length - 1].end + 1 };
  }
  const TIME = binning();
  function renderTimeline() {
    const svg = timeline.svg;
    clear(svg);
    const note = byId("timeline-note");
    if (!TIME) { note.textContent = "No incident has a date."; return; }
    if (!timeline.size) { const box = svg.getBoundingClientRect(); timeline.size = [box.width, box.height]; }
    const W = Math.max(200, timeline.size[0]), H = Math.max(80, timeline.size[1]);
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    const { left, right, top, bottom } = timeline;
    const index = new Map(TIME.bins.map((b, i) => [b.start, i]));
    const totals = TIME.bins.map(() => 0);
    const stacks = TIME.bins.map(() => new Map());
    for (const row of ROWS) if (row.start !== null) totals[index.get(TIME.key(row.start))] += 1;
    for (const row of filtered) {
      if (row.start === null) continue;
      const stack = stacks[index.get(TIME.key(row.start))];
      stack.set(row.type, (stack.get(row.type) || 0) + 1);
    }
    const max = Math.max(1, ...totals);
    const x = (day) => left + ((day - TIME.lo) / (TIME.hi - TIME.lo)) * (W - left - right);
    const y = (n) => H - bottom - (n / max) * (H - top - bottom);
    timeline.x = x;
    timeline.width = W;
    const axis = s("g", { class: "axis" });
    for (const n of [0, Math.ceil(max / 2), max]) {
      if (n === 0 && max === 0) continue;
      axis.appendChild(s("line", { x1: left, x2: W - right, y1: y(n), y2: y(n) }));
      axis.appendChild(s("text", { x: left - 6, y: y(n) + 3, "text-anchor": "end", text: num(n) }));
    }
    svg.appendChild(axis);
    TIME.bins.forEach((bin, i) => {
      const x0 = x(bin.start), bw = Math.max(1, x(bin.end + 1) - x0 - (TIME.bins.length > 150 ? 0 : 1));
      if (totals[i]) svg.appendChild(s("rect", { class: "total", x: x0, width: bw, y: y(totals[i]), height: y(0) - y(totals[i]) },
        s("title", { text: isoDay(bin.start) + (TIME.unit === "day" ? "" : " – " + isoDay(bin.end)) + ": " + plural(totals[i], "incident") })));
      let base = 0;
      for (const type of TYPES.concat([...stacks[i].keys()].filter((t) => !TYPES.includes(t)))) {
        const n = stacks[i].get(type);
        if (!n) continue;
        svg.appendChild(s("rect", { x: x0, width: bw, y: y(base + n), height: y(base) - y(base + n), fill: typeColor(type), "pointer-events": "none" }));
        base += n;
      }
    });
    const ticks = s("g", { class: "axis" });
    const labelEvery = Math.max(1, Math.ceil(TIME.bins.length / Math.max(2, Math.floor((W - left - right) / 78))));
    TIME.bins.forEach((bin, i) => {
      if (i % labelEvery) return;
      const label = TIME.unit === "month" ? isoDay(bin.start).slice(0, 7) : isoDay(bin.start).slice(TIME.bins.length > 60 ? 0 : 5);
      ticks.appendChild(s("text", { x: x(bin.start), y: H - 6, text: label }));
    });
    svg.appendChild(ticks);
    const from = dayNumber(state.filter.from), to = dayNumber(state.filter.to);
    if (from !== null || to !== null) {
      const x0 = x(from === null ? TIME.lo : Math.max(TIME.lo, from)), x1 = x(to === null ? TIME.hi : Math.min(TIME.hi, to + 1));
      svg.appendChild(s("rect", { class: "brush", x: x0, y: top, width: Math.max(1, x1 - x0), height: H - top - bottom, "pointer-events": "none" }));
    }
    timeline.brush = s("rect", { class: "brush", x: 0, y: top, width: 0, height: H - top - bottom, display: "none", "pointer-events": "none" });
    svg.appendChild(timeline.brush);
    const undated = filtered.filter((r) => r.start === null).length;
    note.textContent = "Incidents per " + TIME.unit + " by type (grey: all incidents). Drag across to filter by date; click a bar for its " + TIME.unit + "." +
      (undated ? " " + plural(undated, "incident") + " undated." : "");
    svg.setAttribute("aria-label", "Timeline of " + plural(filtered.length, "incident") + " per " + TIME.unit);
  }
  function wireTimeline() {
    const svg = timeline.svg;
    let start = null;
    const dayAt = (event) => {
      const box = svg.getBoundingClientRect();
      const px = ((event.clientX - box.left) / box.width) * timeline.width;
      const ratio = (px - timeline.left) / (timeline.width - timeline.left - timeline.right);
      return Math.max(TIME.lo, Math.min(TIME.hi - 1, Math.floor(TIME.lo + ratio * (TIME.hi - TIME.lo))));
    };
    svg.addEventListener("pointerdown", (event) => {
      if (!TIME) return;
      start = { day: dayAt(event), x: event.clientX };
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", (event) => {
      if (!start) return;
      const a = timeline.x(Math.min(start.day, dayAt(event))), b = timeline.x(Math.max(start.day, dayAt(event)) + 1);
      setAttrs(timeline.brush, { x: a, width: Math.max(1, b - a), display: "inline" });
    });
    svg.addEventListener("pointerup", (event) => {
      if (!start) return;
      let a = Math.min(start.day, dayAt(event)), b = Math.max(start.day, dayAt(event));
      if (Math.abs(event.clientX - start.x) < 4) {
        const bin = TIME.bins.find((x) => x.start <= a && a <= x.end);
        if (bin) { a = bin.start; b = bin.end; }
      }
      start = null;
      state.filter.from = isoDay(a);
      state.filter.to = isoDay(b);
      stateToForm();
      syncHash(false);
      applyFilters();
    });
  }

  // --- tables ------------------------------------------------------------------------------------------------------
  function versionsList(field, versions, limit) {
    const list = h("ul", { class: "versions" });
    for (const v of versions.slice(0, limit)) {
      const who = (v.sources || []).map(sourceLabel).join(", ") || "unattributed";
      list.appendChild(h("li", { title: fmtValue(field, v.value) + " — " + who },
        h("span", { class: "v", text: fmtValue(field, v.value) }), h("span", { class: "who", text: who })));
    }
    if (versions.length > limit) list.appendChild(h("li", { class: "more", text: "+" + (versions.length - limit) + " more" }));
    return list;
  }
  function fieldCell(row, field, extra) {
    const versions = (row.inc.fields || {})[field] || [];
    const consensus = (row.inc.consensus || {})[field];
    const td = h("td", {});
    if (extra && extra.num) td.classList.add("num");
    if (row.contra.includes(field) && versions.length > 1) {
      td.classList.add("contra");
      td.appendChild(versionsList(field, versions, 4));
      return td;
    }
    const value = consensus !== undefined && consensus !== null ? consensus : (versions[0] || {}).value;
    if (value === undefined || value === null) return td;
    td.appendChild(h("span", { text: fmtValue(field, value) }));
    if (versions.length > 1) td.appendChild(h("div", { class: "more", text: "+" + (versions.length - 1) + " compatible", title: "Other versions that do not contradict this one: open the incident to see them" }));
    return td;
  }
  function statusBadge(status) { return status && status !== "occurred" ? h("span", { class: "badge status-" + status, text: status }) : null; }

  const INCIDENT_COLUMNS = [
    { key: "date", label: "Date", sort: (r) => r.start ?? -1e9, cell: (r) => {
      const td = fieldCell(r, "date");
      if (!td.firstChild) td.appendChild(h("span", { text: fmtDate(r.date) }));
      return td;
    } },
    { key: "event", label: "Event", sort: (r) => r.sub + " " + r.type, cell: (r) => {
      const dot = h("span", { class: "type-dot", "aria-hidden": "true" });
      dot.style.background = typeColor(r.type);
      const td = h("td", {}, dot, h("button", { type: "button", class: "linkish", text: r.sub || r.type || "Incident",
        onclick: (event) => openView({ kind: "incident", id: r.inc.id }, true, event.currentTarget) }),
      h("div", { class: "sub", text: r.type }));
      if (r.contra.includes("status")) {
        td.classList.add("contra");
        td.appendChild(versionsList("status", r.inc.fields.status || [], 3));
      } else if (statusBadge(r.status)) td.appendChild(h("div", {}, statusBadge(r.status)));
      return td;
    } },
    { key: "location", label: "Location", sort: (r) => lower(fmtPlace(r.place)), cell: (r) => {
      if (r.contra.includes("location")) return fieldCell(r, "location");
      const p = r.place;
      if (!p) return h("td", { class: "sub", text: "unplaced" });
      return h("td", {}, h("span", { text: p.name || p.text || "" }),
        h("div", { class: "sub", text: [p.admin1, countryName(p.country), (p.precision || 1) >= 2 ? "approximate" : ""].filter(Boolean).join(" · ") }));
    } },
    { key: "actor1", label: "Actor 1 (acted)", sort: (r) => lower(fmtValue("actor1", (r.inc.consensus || {}).actor1)), cell: (r) => fieldCell(r, "actor1") },
    { key: "actor2", label: "Actor 2 (target)", sort: (r) => lower(fmtValue("actor2", (r.inc.consensus || {}).actor2)), cell: (r) => fieldCell(r, "actor2") },
    { key: "killed", label: "Killed", num: true, sort: (r) => r.killedHigh ?? -1, cell: (r) => fieldCell(r, "killed", { num: true }) },
    { key: "injured", label: "Injured", num: true, sort: (r) => r.injured ?? -1, cell: (r) => fieldCell(r, "injured", { num: true }) },
    { key: "sources", label: "Sources", sort: (r) => r.docs.length * 1000 + r.claims.length, cell: (r) => {
      const srcs = r.sources.map(sourceLabel);
      return h("td", {}, h("div", { text: plural(r.docs.length, "document") + " · " + plural(r.claims.length, "claim") }),
        h("div", { class: "srcs", title: srcs.join("; "), text: srcs.slice(0, 3).join("; ") + (srcs.length > 3 ? "; +" + (srcs.length - 3) : "") }));
    } },
    { key: "contra", label: "Disagreement", sort: (r) => r.contra.length, cell: (r) => h("td", {},
      r.contra.map((f) => h("span", { class: "badge contra", title: "Sources disagree on " + (FIELD_LABEL[f] || f), text: "≠ " + (FIELD_SHORT[f] || f) }), " ")) },
  ];

  const DOCUMENT_COLUMNS = [
    { key: "published", label: "Published", sort: (d) => d.doc.published || "", cell: (d) => h("td", { text: d.doc.published || "undated" }) },
    { key: "outlet", label: "Outlet", sort: (d) => lower(d.doc.outlet), cell: (d) => h("td", { text: d.doc.outlet || "unknown" }) },
    { key: "title", label: "Title", sort: (d) => lower(d.doc.title || d.doc.id), cell: (d) => h("td", {},
      h("button", { type: "button", class: "linkish", text: d.doc.title || "Untitled document",
        onclick: (event) => openView({ kind: "doc", id: d.doc.id }, true, event.currentTarget) }),
      h("div", { class: "sub", text: d.doc.id })) },
    { key: "claims", label: "Claims", num: true, sort: (d) => d.claims.length, cell: (d) => h("td", { class: "num", text: num(d.claims.length) }) },
    { key: "incidents", label: "Incidents", num: true, sort: (d) => d.incidents.size, cell: (d) => h("td", { class: "num", text: num(d.incidents.size) }) },
    { key: "opinion", label: "Opinion", num: true, sort: (d) => d.doc.slant.opinion_share ?? -1, cell: (d) => h("td", { class: "num", text: pct(d.doc.slant.opinion_share) }) },
    { key: "speculation", label: "Speculation", num: true, sort: (d) => d.doc.slant.speculation_share ?? -1, cell: (d) => h("td", { class: "num", text: pct(d.doc.slant.speculation_share) }) },
    { key: "techniques", label: "Techniques / 1,000 words", num: true, sort: (d) => d.doc.slant.techniques_per_1000_words ?? -1,
      cell: (d) => h("td", { class: "num", text: d.doc.slant.techniques_per_1000_words === null || d.doc.slant.techniques_per_1000_words === undefined ? "" : d.doc.slant.techniques_per_1000_words.toFixed(1) }) },
  ];
  function pct(share) { return share === null || share === undefined ? "" : Math.round(share * 100) + "%"; }
  const DOC_ROWS = DOCS.map((doc, index) => ({ doc, index, claims: [], incidents: new Set() }));
  EVENTS.forEach((event, index) => {
    const row = DOC_ROWS[event.doc];
    if (!row) return;
    row.claims.push(index);
    if (event.incident !== null && event.incident !== undefined) row.incidents.add(event.incident);
  });

  function renderTable(table, pager, columns, rows, sortState, pageKey, emptyText) {
    const head = table.tHead.rows[0];
    clear(head);
    for (const col of columns) {
      const th = h("th", { scope: "col", class: "col-" + col.key + (col.num ? " num" : "") });
      if (sortState.key === col.key) th.setAttribute("aria-sort", sortState.dir > 0 ? "ascending" : "descending");
      th.appendChild(h("button", { type: "button", text: col.label, onclick: () => {
        sortState.dir = sortState.key === col.key ? -sortState.dir : (col.num || col.key === "date" || col.key === "contra" || col.key === "sources" ? -1 : 1);
        sortState.key = col.key;
        state[pageKey] = 0;
        renderAll(true);
      } }));
      head.appendChild(th);
    }
    const col = columns.find((c) => c.key === sortState.key) || columns[0];
    const sorted = rows.slice().sort((a, b) => {
      const x = col.sort(a), y = col.sort(b);
      return (x < y ? -1 : x > y ? 1 : 0) * sortState.dir || a.index - b.index;
    });
    const pages = Math.max(1, Math.ceil(sorted.length / state.pageSize));
    state[pageKey] = Math.min(state[pageKey], pages - 1);
    const first = state[pageKey] * state.pageSize;
    const body = table.tBodies[0];
    const fragment = document.createDocumentFragment();
    for (const row of sorted.slice(first, first + state.pageSize)) {
      const tr = h("tr", { "data-id": row.inc ? row.inc.id : row.doc.id });
      for (const c of columns) tr.appendChild(c.cell(row));
      fragment.appendChild(tr);
    }
    if (!sorted.length) fragment.appendChild(h("tr", { class: "empty-row" }, h("td", { colspan: columns.length, text: emptyText })));
    clear(body).appendChild(fragment);
    clear(pager);
    const go = (page) => { state[pageKey] = page; renderAll(true); table.closest("section").focus(); };
    append(pager, [
      h("span", { text: sorted.length ? "Showing " + num(first + 1) + "–" + num(Math.min(sorted.length, first + state.pageSize)) + " of " + num(sorted.length) : "" }),
      h("span", { class: "spacer" }),
      h("button", { type: "button", class: "btn", text: "← Previous", disabled: state[pageKey] === 0, onclick: () => go(state[pageKey] - 1) }),
      h("span", { text: "Page " + (state[pageKey] + 1) + " of " + pages }),
      h("button", { type: "button", class: "btn", text: "Next →", disabled: state[pageKey] >= pages - 1, onclick: () => go(state[pageKey] + 1) }),
    ]);
  }
  function renderIncidentTable() {
    renderTable(byId("incident-table"), byId("incident-pager"), INCIDENT_COLUMNS, filtered, state.incidentSort, "incidentPage",
      "No incident matches these filters.");
  }
  function renderDocumentTable() {
    let rows = DOC_ROWS;
    if (activeFilter()) {
      const wanted = new Set(filtered.flatMap((r) => r.inc.docs || []));
      rows = rows.filter((d) => wanted.has(d.index));
    }
    byId("documents-note").textContent = activeFilter()
      ? plural(rows.length, "document") + " behind the filtered incidents. Open one to read it with its claims and slant marked."
      : plural(rows.length, "document") + " read. Open one to read it with its claims and slant marked.";
    renderTable(byId("document-table"), byId("document-pager"), DOCUMENT_COLUMNS, rows, state.docSort, "docPage",
      "No document behind these incidents.");
  }
  function renderSkipped() {
    const failures = (DATA.meta || {}).failures || [];
    const section = byId("skipped");
    section.hidden = !failures.length;
    const body = section.querySelector("tbody");
    clear(body);
    for (const f of failures) body.appendChild(h("tr", {}, h("td", { text: f.input }), h("td", { text: f.reason })));
  }

  // --- drawer: one incident with every version, or one document with its claims marked ---------------------------
  const drawer = { root: byId("drawer"), body: byId("drawer-body"), kicker: byId("drawer-kicker"), backdrop: byId("backdrop"), opener: null };
  const incidentById = new Map(ROWS.map((r) => [r.inc.id, r]));
  const docById = new Map(DOCS.map((d, i) => [d.id, i]));
  const eventById = new Map(EVENTS.map((e, i) => [e.id, i]));

  function openView(view, fromPage, opener) {
    if (fromPage) { state.stack = [view]; drawer.opener = opener || document.activeElement; }
    else state.stack.push(view);
    syncHash(fromPage);
    showTop();
  }
  function closeDrawer() {
    if (!state.stack.length) return;
    state.stack = [];
    syncHash(false);
    showTop();
    if (drawer.opener && document.contains(drawer.opener)) drawer.opener.focus();
  }
  function showTop() {
    const view = state.stack[state.stack.length - 1];
    drawer.root.hidden = drawer.backdrop.hidden = !view;
    byId("drawer-back").hidden = state.stack.length < 2;
    if (!view) return;
    clear(drawer.body);
    if (view.kind === "incident") renderIncident(view);
    else renderDocument(view);
    drawer.body.scrollTop = 0;
    drawer.root.focus({ preventScroll: true });
    if (view.kind === "doc" && view.event) focusEvidence(eventById.get(view.event), false);
  }
  function missing(what, id) {
    drawer.kicker.textContent = id;
    drawer.body.appendChild(h("p", { class: "lede", text: "No " + what + " with this id in the report." }));
  }

  function evidenceQuote(event) {
    const doc = DOCS[event.doc];
    const quote = h("blockquote", { class: "evidence" });
    if (event.span && doc && doc.text) {
      const [a, b] = event.span;
      const t = event.trigger && event.trigger[0] >= a && event.trigger[1] <= b ? event.trigger : null;
      if (t) append(quote, [doc.text.slice(a, t[0]), h("span", { class: "trigger", text: doc.text.slice(t[0], t[1]) }), doc.text.slice(t[1], b)]);
      else quote.textContent = doc.text.slice(a, b);
    } else quote.textContent = event.evidence || "(no evidence text)";
    return quote;
  }
  function claimFacts(event) {
    const parts = [];
    if (event.actor1) parts.push("Actor 1: " + event.actor1.name + (event.actor1.uncertain && event.actor1.alternatives.length ? " (or " + event.actor1.alternatives.join(", ") + ")" : ""));
    if (event.actor2) parts.push("Actor 2: " + event.actor2.name);
    if (event.location) parts.push("Where: " + fmtPlace(event.location) + (event.location.text && event.location.text !== event.location.name ? " (“" + event.location.text + "”)" : ""));
    if (event.date) parts.push("When: " + fmtDate(event.date) + (event.date.text ? " (“" + event.date.text + "”)" : ""));
    for (const f of ["killed", "injured", "casualties"]) if (event[f]) parts.push(FIELD_LABEL[f] + ": " + fmtCount(event[f]));
    if (event.weapons.length) parts.push("Weapons: " + event.weapons.join(", "));
    return parts.join(" · ");
  }
  function claimCard(index, options) {
    const event = EVENTS[index];
    const kind = SOURCE_KIND[event.source_kind] || event.source_kind || "";
    const card = h("div", { class: "claim", id: options.idPrefix + index },
      h("div", { class: "claim-head" },
        h("span", { class: "who", text: sourceLabel(event.source) }),
        kind && event.source !== "author" ? h("span", { class: "sub", text: kind }) : null,
        event.cue ? h("span", { class: "sub", text: "“" + event.cue + "”" }) : null,
        statusBadge(event.status),
        event.aggregate ? h("span", { class: "badge", text: "summary of many events" }) : null,
        event.flags.map((f) => h("span", { class: "badge flag", title: "slant of the evidence sentence", text: f.replace(/_/g, " ") })),
        options.showType ? h("span", { class: "sub", text: event.sub_event_type }) : null,
        event.confidence !== null && event.confidence !== undefined ? h("span", { class: "sub", text: "confidence " + Number(event.confidence).toFixed(2) }) : null),
      evidenceQuote(event),
      h("p", { class: "facts", text: claimFacts(event) }));
    const actions = h("div", { class: "chips" });
    if (options.toDocument && DOCS[event.doc]) actions.appendChild(h("button", { type: "button", class: "btn", text: "Read in document →",
      onclick: () => openView({ kind: "doc", id: DOCS[event.doc].id, event: event.id }, false) }));
    if (options.toText) actions.appendChild(h("button", { type: "button", class: "btn", text: "Show in text", onclick: () => focusEvidence(index, true) }));
    if (options.toIncident && event.incident !== null && event.incident !== undefined && ROWS[event.incident]) {
      const row = ROWS[event.incident];
      actions.appendChild(h("button", { type: "button", class: "btn",
        text: "Incident: " + plural(row.docs.length, "document") + (row.contra.length ? ", sources disagree" : "") + " →",
        onclick: () => openView({ kind: "incident", id: row.inc.id }, false) }));
    }
    if (actions.firstChild) card.appendChild(actions);
    return card;
  }

  function renderIncident(view) {
    const row = incidentById.get(view.id);
    if (!row) return missing("incident", view.id);
    const inc = row.inc;
    drawer.kicker.textContent = inc.id;
    const dot = h("span", { class: "type-dot", "aria-hidden": "true" });
    dot.style.background = typeColor(row.type);
    append(drawer.body, [
      h("h3", { id: "drawer-title" }, dot, (row.sub || row.type || "Incident") + (row.place ? " — " + fmtPlace(row.place) : "")),
      h("p", { class: "lede", text: [row.type, fmtDate(row.date), plural(row.claims.length, "claim") + " from " + plural(row.docs.length, "document") +
        (row.outlets.length ? " (" + row.outlets.join(", ") + ")" : "")].filter(Boolean).join(" · ") }),
      h("div", { class: "chips" }, statusBadge(row.status),
        row.contra.length ? h("span", { class: "badge contra", text: "Sources disagree on " + row.contra.map((f) => FIELD_SHORT[f] || f).join(", ") })
          : h("span", { class: "badge", text: row.docs.length > 1 ? "sources agree" : "single source" })),
      h("h4", { text: "What each source says" }),
    ]);
    const table = h("table", { class: "fields" });
    const fields = inc.fields || {};
    const consensus = inc.consensus || {};
    for (const field of FIELDS) {
      const versions = fields[field] || [];
      if (!versions.length) continue;
      const contra = row.contra.includes(field);
      const td = h("td", {});
      for (const v of versions) {
        const isConsensus = versions.length > 1 && consensus[field] !== undefined && sameValue(consensus[field], v.value);
        td.appendChild(h("div", { class: "version" },
          h("span", { class: "val" }, fmtValue(field, v.value),
            isConsensus ? h("span", { class: "tag-consensus", title: "the value the linker keeps for this field", text: "consensus" }) : null),
          h("span", { class: "srcs", text: (v.sources || []).map(sourceLabel).join("; ") + " · " + plural((v.events || []).length, "claim") })));
      }
      table.appendChild(h("tr", { class: contra ? "contra" : null },
        h("th", { scope: "row" }, FIELD_LABEL[field] || field, contra ? h("div", { class: "badge contra", text: "disagree" }) : null), td));
    }
    if (table.firstChild) drawer.body.appendChild(table);
    else drawer.body.appendChild(h("p", { class: "lede", text: "The linker stored no per-field versions for this incident." }));
    drawer.body.appendChild(h("h4", { text: "Claims, by document" }));
    const byDoc = new Map();
    for (const e of inc.events || []) {
      const key = EVENTS[e] ? EVENTS[e].doc : -1;
      if (!byDoc.has(key)) byDoc.set(key, []);
      byDoc.get(key).push(e);
    }
    for (const [docIndex, events] of byDoc) {
      const doc = DOCS[docIndex];
      const group = h("div", { class: "doc-group" }, h("p", { class: "doc-title" },
        doc ? h("button", { type: "button", class: "linkish", text: doc.title || "Untitled document",
          onclick: () => openView({ kind: "doc", id: doc.id }, false) }) : "Document not in this report",
        doc ? h("span", { class: "sub", text: " · " + [doc.outlet, doc.published].filter(Boolean).join(" · ") }) : null));
      for (const e of events) group.appendChild(claimCard(e, { idPrefix: "claim-", toDocument: true }));
      drawer.body.appendChild(group);
    }
  }

  function renderDocument(view) {
    const index = docById.get(view.id);
    if (index === undefined) return missing("document", view.id);
    const doc = DOCS[index];
    const claims = (DOC_ROWS[index] || { claims: [] }).claims;
    drawer.kicker.textContent = doc.id;
    const slant = doc.slant || {};
    append(drawer.body, [
      h("h3", { id: "drawer-title", text: doc.title || "Untitled document" }),
      h("p", { class: "doc-meta" }, [doc.outlet, doc.author, doc.published].filter(Boolean).join(" · ") || "no metadata",
        doc.url ? [" · ", h("code", { title: "source address (not a link: this report opens nothing)", text: doc.url })] : null),
      h("div", { class: "slant" },
        slant.opinion_share !== null && slant.opinion_share !== undefined ? h("span", { class: "badge", text: "opinion " + pct(slant.opinion_share) }) : null,
        slant.speculation_share !== null && slant.speculation_share !== undefined ? h("span", { class: "badge", text: "speculation " + pct(slant.speculation_share) }) : null,
        slant.quote_share !== null && slant.quote_share !== undefined ? h("span", { class: "badge", text: "quotes " + pct(slant.quote_share) }) : null,
        slant.techniques_per_1000_words !== null && slant.techniques_per_1000_words !== undefined
          ? h("span", { class: "badge", text: slant.techniques_per_1000_words.toFixed(1) + " techniques / 1,000 words" }) : null,
        (doc.top_techniques || []).map(([t, n]) => h("span", { class: "badge flag", text: String(t).replace(/_/g, " ") + " × " + n }))),
      h("div", { class: "key", "aria-label": "Key" }, h("span", { class: "k-ev", text: "evidence of a claim" }), h("span", { class: "k-op", text: "opinion" }),
        h("span", { class: "k-sp", text: "speculation" }), h("span", { class: "k-te", text: "persuasion technique" })),
    ]);
    const text = h("div", { class: "doc-text", id: "doc-text" });
    highlight(text, doc, claims);
    const side = h("div", {}, h("h4", { text: plural(claims.length, "claim") + " in this document" }));
    for (const e of claims) side.appendChild(claimCard(e, { idPrefix: "dclaim-", toText: true, toIncident: true, showType: true }));
    drawer.body.appendChild(h("div", { class: "reader" }, text, side));
    text.addEventListener("click", (event) => {
      const mark = event.target.closest && event.target.closest("[data-ev]");
      if (!mark) return;
      const card = byId("dclaim-" + mark.getAttribute("data-ev"));
      if (card) { card.scrollIntoView({ block: "nearest", behavior: "smooth" }); flash(card); }
    });
  }
  function flash(node) { node.classList.remove("flash"); void node.offsetWidth; node.classList.add("flash"); }
  function focusEvidence(index, smooth) {
    if (index === undefined || index === null) return;
    for (const old of drawer.body.querySelectorAll(".ev.focus")) old.classList.remove("focus");
    const marks = drawer.body.querySelectorAll('[data-ev~="' + index + '"]');
    for (const mark of marks) mark.classList.add("focus");
    if (marks[0]) marks[0].scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    const card = byId("dclaim-" + index);
    if (card) flash(card);
  }

  /* The document text cut at every span boundary; each piece carries the classes of the spans over it. */
  function highlight(container, doc, claims) {
    const text = doc.text || "";
    const spans = [];
    const add = (start, end, info) => {
      const a = Math.max(0, Math.min(text.length, start | 0)), b = Math.max(0, Math.min(text.length, end | 0));
      if (b > a) spans.push(Object.assign({ a, b }, info));
    };
    for (const e of claims) {
      const event = EVENTS[e];
      if (event.span) add(event.span[0], event.span[1], { ev: e });
      if (event.trigger) add(event.trigger[0], event.trigger[1], { trig: e });
    }
    for (const sentence of doc.sentences || []) {
      const [a, b, kind, techniques] = sentence;
      if (kind && kind !== "report") add(a, b, { kind });
      for (const [name, ta, tb] of techniques || []) add(ta, tb, { tech: name });
    }
    const cuts = new Set([0, text.length]);
    for (const span of spans) { cuts.add(span.a); cuts.add(span.b); }
    const points = [...cuts].sort((x, y) => x - y);
    spans.sort((x, y) => x.a - y.a);
    const fragment = document.createDocumentFragment();
    let next = 0, active = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      active = active.filter((span) => span.b > a);
      while (next < spans.length && spans[next].a <= a) { if (spans[next].b > a) active.push(spans[next]); next += 1; }
      const piece = text.slice(a, b);
      if (!active.length) { fragment.appendChild(document.createTextNode(piece)); continue; }
      const classes = new Set(), events = new Set(), techniques = new Set();
      for (const span of active) {
        if (span.ev !== undefined) { classes.add("ev"); events.add(span.ev); }
        if (span.trig !== undefined) classes.add("trig");
        if (span.kind) classes.add("k-" + span.kind);
        if (span.tech) { classes.add("tech"); techniques.add(String(span.tech).replace(/_/g, " ")); }
      }
      if (!classes.has("ev")) classes.delete("trig");
      const titles = [];
      for (const e of events) titles.push((EVENTS[e].sub_event_type || "claim") + " — according to " + sourceLabel(EVENTS[e].source));
      if (techniques.size) titles.push("Technique: " + [...techniques].join(", "));
      for (const span of active) if (span.kind) titles.push(span.kind[0].toUpperCase() + span.kind.slice(1));
      fragment.appendChild(h("span", { class: [...classes].join(" "), "data-ev": events.size ? [...events].join(" ") : null,
        title: titles.join("\n") || null, text: piece }));
    }
    container.appendChild(fragment);
  }

  byId("drawer-close").addEventListener("click", closeDrawer);
  byId("backdrop").addEventListener("click", closeDrawer);
  byId("drawer-back").addEventListener("click", () => { state.stack.pop(); syncHash(false); showTop(); });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && state.stack.length) closeDrawer(); });
  window.addEventListener("popstate", () => { const view = readHash(); stateToForm(); state.stack = view ? [view] : []; applyFilters(); showTop(); });

  // --- start -----------------------------------------------------------------------------------------------------
  function renderAll(tablesOnly) {
    if (!tablesOnly) {
      renderKpis();
      renderBreakdowns();
      renderMapMarks();
      renderTimeline();
    }
    renderIncidentTable();
    renderDocumentTable();
  }
  function start() {
    const view = readHash();
    fillFilterForm();
    stateToForm();
    buildBasemap();
    buildMarks();
    renderLegend();
    wireMap();
    if (TIME) wireTimeline();
    renderSkipped();
    filtered = ROWS.filter((row) => matches(row, state.filter));
    fitMap(filtered, true);
    renderAll();
    let resizeTimer = 0;
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => { const v = map.view; measureMap(); setView(v); timeline.size = null; renderTimeline(); }, 120);
    });
    if (view) { state.stack = [view]; showTop(); }
    document.body.setAttribute("data-ready", "true");
    document.body.setAttribute("data-render-ms", String(Math.round(performance.now())));
  }
  start();
})();
