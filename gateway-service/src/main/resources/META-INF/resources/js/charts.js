// Charts: a figure from the chart engine drawn to fit its box at any width (Plotly for plots, HTML for a single
// number or a table), its data as CSV, and a PNG download.
import { h, show } from "./dom.js";

const NARROW = 600;
const PLOTLY = "/vendor/plotly/plotly-cartesian.min.js";
let loader = null;

/** Plotly, loaded once on first need so that the first screen never waits for it. */
export function plotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!loader) {
    loader = new Promise((resolve, reject) => {
      const script = h("script", { src: PLOTLY, async: true });
      script.onload = () => resolve(window.Plotly);
      script.onerror = () => {
        loader = null;
        script.remove();
        reject(new Error("Charts could not be loaded. Reload the page to try again."));
      };
      document.head.append(script);
    });
  }
  return loader;
}

/** What kind of figure this is: a single number, a table, or a plot. */
export function kindOf(figure) {
  const data = (figure && figure.data) || [];
  if (data.length === 1 && data[0].type === "indicator") return "number";
  if (data.length === 1 && data[0].type === "table") return "table";
  return "plot";
}

/** Draws a figure into el; the label is what a screen reader hears instead of the plot. */
export async function draw(el, figure, { height, label, untitled } = {}) {
  const kind = kindOf(figure);
  el.classList.add(`figure-${kind}`);
  if (kind === "number") {
    el.replaceChildren(bigNumber(figure.data[0]));
    return;
  }
  if (kind === "table") {
    el.replaceChildren(figureTable(figure.data[0], label));
    return;
  }
  let Plotly;
  try {
    Plotly = await plotly();
  } catch (e) {
    el.replaceChildren(h("p", { class: "error" }, e.message));
    return;
  }
  if (!el.isConnected) return;
  const narrow = el.clientWidth > 0 && el.clientWidth < NARROW;
  const layout = Object.assign({ autosize: true, margin: narrow ? { t: 40, r: 10, b: 50, l: 44 } : { t: 48, r: 24, b: 64, l: 64 } },
    figure.layout || {});
  layout.font = Object.assign({ family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", color: "#1d2330" }, layout.font);
  if (height) layout.height = height;
  if (untitled) {
    // The tile's heading already names the chart.
    delete layout.title;
    layout.margin = Object.assign({}, layout.margin, { t: 16 });
  }
  if (narrow) layout.legend = Object.assign({}, layout.legend, { orientation: "h", y: -0.25 });
  if (label) {
    el.setAttribute("role", "figure");
    el.setAttribute("aria-label", label);
  }
  await Plotly.newPlot(el, figure.data || [], layout, {
    responsive: true,
    displaylogo: false,
    // On a phone the tool bar would cover the title; the PNG and data buttons below the chart remain.
    displayModeBar: narrow ? false : "hover",
    modeBarButtonsToRemove: ["lasso2d", "select2d"],
  });
}

/** An indicator as text: the number formatted as the engine asked (prefix, suffix, decimals), shortened past a million. */
function bigNumber(trace) {
  const number = trace.number || {};
  const title = (trace.title && trace.title.text) || "";
  if (trace.value == null) {
    const value = title.includes(": ") ? title.slice(title.indexOf(": ") + 2) : title || "–";
    return h("div", { class: "big-number" }, h("div", { class: "kpi-big text", title: value }, value));
  }
  const digits = decimals(number.valueformat);
  const affix = (text) => `${number.prefix || ""}${text}${number.suffix || ""}`;
  const full = affix(trace.value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const long = Math.abs(trace.value) >= 1e6;
  const short = long ? affix(trace.value.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 2 })) : full;
  return h("div", { class: "big-number" },
    h("div", { class: "kpi-big", title: full, "aria-label": full }, short),
    long ? h("div", { class: "muted small kpi-full" }, full) : null,
    title && !title.includes(": ") ? h("div", { class: "muted small" }, title) : null,
    deltaLine(trace));
}

/** A period KPI's change against the period before: an arrow and the signed percentage, in words for screen readers. */
function deltaLine(trace) {
  const reference = trace.delta && trace.delta.reference;
  if (typeof reference !== "number" || typeof trace.value !== "number" || reference === 0) return null;
  const change = (trace.value - reference) / Math.abs(reference);
  const text = `${change >= 0 ? "+" : "−"}${Math.abs(change * 100).toFixed(1)}%`;
  const up = change >= 0;
  return h("div", { class: `kpi-delta ${up ? "up" : "down"}`, "aria-label": `${up ? "up" : "down"} ${text} on the period before` },
    `${up ? "▲" : "▼"} ${text} vs previous period`);
}

function decimals(format) {
  const m = /\.(\d+)f/.exec(format || "");
  return m ? Math.min(6, Number(m[1])) : 0;
}

function figureTable(trace, caption) {
  const headers = (trace.header && trace.header.values) || [];
  const columns = (trace.cells && trace.cells.values) || [];
  const count = columns.length ? columns[0].length : 0;
  const rows = [];
  for (let r = 0; r < count; r++) rows.push(Object.fromEntries(headers.map((name, c) => [name, columns[c][r]])));
  return rowsTable(rows, caption || "Table");
}

/** The rows behind a chart as CSV (RFC 4180: quoted when needed, CRLF line ends). */
export function toCsv(rows) {
  if (!rows || !rows.length) return "";
  const columns = columnsOf(rows);
  const cell = (v) => {
    if (v == null) return "";
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map(cell).join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

function columnsOf(rows) {
  const columns = [];
  rows.forEach((r) => Object.keys(r).forEach((k) => { if (!columns.includes(k)) columns.push(k); }));
  return columns;
}

/** Saves the drawn chart as a PNG file named after its title. */
export async function downloadPng(el, title) {
  const filename = (title || "chart").replace(/[^\w\- ]+/g, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 80) || "chart";
  const Plotly = await plotly();
  return Plotly.downloadImage(el, { format: "png", filename, width: Math.max(el.clientWidth, 800), height: Math.max(el.clientHeight, 450) });
}

/** Rows as a table, for reading the exact numbers (and for screen readers). */
export function rowsTable(rows, caption) {
  if (!rows || !rows.length) return h("p", { class: "muted small" }, "No rows.");
  const columns = columnsOf(rows);
  return h("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": caption || "Data" },
    h("table", { class: "grid" },
      h("thead", null, h("tr", null, columns.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", null, rows.map((r) => h("tr", null, columns.map((c) => h("td", { class: typeof r[c] === "number" ? "num" : null }, show(r[c]))))))));
}

/** The figure's title, if it has one. */
export function titleOf(figure) {
  const t = figure && figure.layout && figure.layout.title;
  return (t && (t.text || (typeof t === "string" ? t : null))) || null;
}
