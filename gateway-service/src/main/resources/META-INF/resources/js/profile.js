// The profile of a dataset: summary, problems found, quality scores with their meaning, one card per column
// (type, nulls, distribution), correlation heatmap, outliers and trends.
import { h, svg, replace, fmt, pct, show } from "./dom.js";
import { draw } from "./charts.js";

const QUALITY = ["completeness", "validity", "uniqueness", "consistency"];

/** Draws the profile tab of dataset d into panel. */
export function renderProfile(panel, d) {
  const p = d.profile;
  if (!p) {
    replace(panel, h("p", { class: "muted", role: "status" }, d.status === "FAILED"
      ? "There is no profile: the analysis failed (see the reason above)."
      : "The profile appears here as soon as the analysis is done."));
    return;
  }
  const outliers = new Map((p.outliers || []).map((o) => [o.column, o]));
  replace(panel,
    summary(p),
    problems(p),
    quality(p.quality || {}),
    h("section", { class: "profile-section", "aria-labelledby": "columns-title" },
      h("h2", { id: "columns-title" }, `Columns (${fmt((p.column_profiles || []).length)})`),
      h("div", { class: "column-cards" }, (p.column_profiles || []).slice(0, 300).map((c) => columnCard(c, outliers.get(c.name))))),
    correlations(p.correlations),
    outlierTable(p.outliers || []),
    trends(p.trends),
    source(p.source));
  const heat = panel.querySelector("#correlation-heatmap");
  if (heat) drawHeatmap(heat, p.correlations, "pearson");
}

function summary(p) {
  const q = p.quality || {};
  const domain = ((p.domain_hints || [])[0] || {}).domain;
  return h("div", { class: "kpis" },
    kpi("Rows", fmt(p.rows)),
    kpi("Columns", fmt(p.columns)),
    kpi("Overall quality", pct(q.overall), band(q.overall)),
    kpi("Duplicate rows", fmt(q.duplicate_rows || 0) + (q.duplicates_estimated ? " (estimated)" : "")),
    domain ? kpi("Looks like", `${domain} data`) : null);
}

function kpi(label, value, note) {
  return h("div", { class: "kpi" }, h("div", { class: "kpi-value" }, value), h("div", { class: "kpi-label" }, label),
    note ? h("div", { class: "kpi-note small" }, note) : null);
}

/** What a score means for the analyst, in words. */
function band(score) {
  if (score == null) return null;
  if (score >= 0.95) return "Excellent: ready for analysis";
  if (score >= 0.85) return "Good: a few gaps to keep in mind";
  if (score >= 0.7) return "Fair: check the problems below";
  return "Poor: fix the file before trusting results";
}

function problems(p) {
  const list = p.problems || [];
  if (!list.length) {
    return h("section", { class: "profile-section ok-box", "aria-labelledby": "problems-title" },
      h("h2", { id: "problems-title" }, "Problems found"),
      h("p", null, "None: every row had the expected fields and every value parsed."));
  }
  return h("section", { class: "profile-section warn-box", "aria-labelledby": "problems-title" },
    h("h2", { id: "problems-title" }, `Problems found (${list.length})`),
    h("ul", { class: "problems" }, list.map((pr) => h("li", null,
      h("strong", null, pr.message || `${pr.kind}: ${fmt(pr.count)}`),
      (pr.examples || []).length ? h("span", { class: "muted small" }, ` e.g. ${pr.examples.slice(0, 3).join("; ")}`) : null))));
}

function quality(q) {
  const definitions = q.definitions || {};
  return h("section", { class: "profile-section", "aria-labelledby": "quality-title" },
    h("h2", { id: "quality-title" }, "Quality scores"),
    h("p", { class: "muted small" }, "Each score runs from 0 to 100%; higher is better. Overall combines the four."),
    h("dl", { class: "scores" }, QUALITY.filter((k) => q[k] != null).map((k) => [
      h("dt", null, h("span", { class: "score-name" }, k[0].toUpperCase() + k.slice(1)), h("span", { class: "score-value" }, pct(q[k]))),
      h("dd", null,
        h("div", { class: `meter ${q[k] >= 0.95 ? "good" : q[k] >= 0.8 ? "fair" : "poor"}`, role: "meter", "aria-label": k,
          "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": Math.round(q[k] * 100) },
        h("span", { style: `width:${Math.max(1, q[k] * 100)}%` })),
        h("p", { class: "small" }, definitions[k] || "")),
    ])));
}

// ---------------------------------------------------------------------------------------------- columns

function columnCard(c, outlier) {
  const flags = [];
  if (c.null_ratio >= 0.05) flags.push(["warn", `${pct(c.null_ratio, 0)} empty`]);
  if (c.invalid && c.invalid.count) {
    flags.push(["warn", `${fmt(c.invalid.count)} value${c.invalid.count === 1 ? "" : "s"} not ${c.type}${c.invalid.examples && c.invalid.examples.length ? ` (e.g. "${c.invalid.examples[0]}")` : ""}`]);
  }
  if (outlier && outlier.iqr && outlier.iqr.count) flags.push(["info", `${fmt(outlier.iqr.count)} outliers`]);
  if (c.distinct === c.count && c.count > 1 && c.nulls === 0) flags.push(["info", "unique in every row"]);
  return h("article", { class: "column-card", "aria-labelledby": `col-${slug(c.name)}` },
    h("header", null,
      h("h3", { id: `col-${slug(c.name)}`, title: c.name }, c.name),
      h("span", { class: `type-badge t-${c.type}` }, c.type + (c.unit ? ` ${c.unit}` : ""))),
    flags.length ? h("p", { class: "flags" }, flags.map(([kind, text]) => h("span", { class: `flag ${kind}` }, text))) : null,
    h("dl", { class: "facts" },
      fact("Filled", `${fmt(c.count)} (${pct(1 - (c.null_ratio || 0), 0)})`),
      fact("Nulls", `${fmt(c.nulls)}`),
      fact("Distinct", fmt(c.distinct) + (c.distinct_approximate ? " (approx.)" : "")),
      typeFacts(c)),
    distribution(c));
}

function fact(label, value) {
  return value === "" || value == null ? null : [h("dt", null, label), h("dd", null, value)];
}

function typeFacts(c) {
  if (c.numeric) {
    const n = c.numeric;
    const q = n.quantiles || {};
    return [fact("Min", show(n.min)), fact("Median", show(q.p50)), fact("Mean", show(round(n.mean))), fact("Max", show(n.max)),
      fact("Std. dev.", show(round(n.std)))];
  }
  if (c.temporal) return [fact("From", c.temporal.min), fact("To", c.temporal.max), fact("Grain", c.temporal.grain)];
  if (c.boolean) return [fact("True", fmt(c.boolean.true_count)), fact("False", fmt(c.boolean.false_count))];
  if (c.text) return [fact("Length", `${c.text.min_length}–${c.text.max_length}`)];
  return null;
}

function round(x) {
  return x == null ? null : Math.abs(x) >= 100 ? Math.round(x * 10) / 10 : Math.round(x * 1000) / 1000;
}

/** The column's distribution: a histogram for numbers and dates, the most frequent values otherwise. */
function distribution(c) {
  if (c.numeric && (c.numeric.histogram || []).length) {
    const bins = c.numeric.histogram;
    return histogram(bins.map((b) => b.count), bins.map((b) => `${show(round(b.lower))} to ${show(round(b.upper))}`),
      show(round(bins[0].lower)), show(round(bins[bins.length - 1].upper)), c.name);
  }
  if (c.temporal && (c.temporal.histogram || []).length) {
    const bins = c.temporal.histogram;
    return histogram(bins.map((b) => b.count), bins.map((b) => b.start), bins[0].start, bins[bins.length - 1].start, c.name);
  }
  const top = c.top_values || [];
  if (c.boolean) {
    return topValues([{ value: "true", count: c.boolean.true_count }, { value: "false", count: c.boolean.false_count }], c.count, c.name);
  }
  if (top.length) return topValues(top.slice(0, 6), c.count, c.name);
  return (c.samples || []).length ? h("p", { class: "muted small samples" }, `Examples: ${c.samples.slice(0, 3).join(", ")}`) : null;
}

function histogram(counts, labels, first, last, name) {
  const max = Math.max(...counts, 1);
  const width = 240;
  const height = 64;
  const bar = width / counts.length;
  const peak = counts.indexOf(max);
  return h("figure", { class: "distribution" },
    svg("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", role: "img",
      "aria-label": `Distribution of ${name}: ${counts.length} bins from ${first} to ${last}, most rows in ${labels[peak]}` },
    counts.map((count, i) => svg("rect", {
      x: (i * bar + 0.5).toFixed(2), width: Math.max(bar - 1, 0.5).toFixed(2),
      y: (height - (count / max) * height).toFixed(2), height: ((count / max) * height).toFixed(2),
    }, svg("title", null, `${labels[i]}: ${fmt(count)} rows`)))),
    h("figcaption", { class: "axis small muted" }, h("span", null, first), h("span", null, last)));
}

function topValues(values, total, name) {
  return h("figure", { class: "distribution" },
    h("figcaption", { class: "visually-hidden" }, `Most frequent values of ${name}`),
    h("ul", { class: "top-values" }, values.map((t) => {
      const share = total ? t.count / total : 0;
      return h("li", null,
        h("span", { class: "tv-label", title: String(t.value) }, String(t.value)),
        h("span", { class: "tv-bar", "aria-hidden": "true" }, h("span", { style: `width:${Math.max(share * 100, 1)}%` })),
        h("span", { class: "tv-count small" }, `${fmt(t.count)} (${pct(share, 0)})`));
    })));
}

function slug(name) {
  return String(name).toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

// ---------------------------------------------------------------------------------------------- relations

function correlations(c) {
  if (!c || !c.columns || c.columns.length < 2) return null;
  const pairs = strongest(c.columns, c.pearson);
  const toggle = (method) => (event) => {
    event.currentTarget.parentElement.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b === event.currentTarget)));
    drawHeatmap(document.getElementById("correlation-heatmap"), c, method);
  };
  return h("section", { class: "profile-section", "aria-labelledby": "corr-title" },
    h("h2", { id: "corr-title" }, "Correlations"),
    h("p", { class: "muted small" }, `How strongly numeric columns move together, from −1 (opposite) to +1 (together); ${fmt(c.rows_used)} rows${c.sampled ? " sampled" : ""}.`),
    h("div", { class: "segmented", role: "group", "aria-label": "Correlation method" },
      h("button", { type: "button", "aria-pressed": "true", onclick: toggle("pearson") }, "Pearson (linear)"),
      h("button", { type: "button", "aria-pressed": "false", onclick: toggle("spearman") }, "Spearman (rank)")),
    h("div", { id: "correlation-heatmap", class: "heatmap" }),
    pairs.length ? h("div", null, h("h3", { class: "small-title" }, "Strongest relationships"),
      h("ul", { class: "pairs" }, pairs.map((pr) => h("li", null, `${pr.a} and ${pr.b}: ${pr.r.toFixed(2)} (${strength(pr.r)})`)))) : null);
}

function strongest(columns, matrix) {
  const pairs = [];
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      const r = matrix[i][j];
      if (r != null) pairs.push({ a: columns[i], b: columns[j], r });
    }
  }
  return pairs.sort((x, y) => Math.abs(y.r) - Math.abs(x.r)).slice(0, 5);
}

function strength(r) {
  const a = Math.abs(r);
  const word = a >= 0.7 ? "strong" : a >= 0.4 ? "moderate" : a >= 0.2 ? "weak" : "none to speak of";
  return a < 0.2 ? word : `${word}, ${r > 0 ? "rising together" : "one rises as the other falls"}`;
}

function drawHeatmap(el, c, method) {
  const z = c[method];
  const size = Math.min(640, 120 + c.columns.length * 46);
  draw(el, {
    data: [{
      type: "heatmap", x: c.columns, y: c.columns, z, zmin: -1, zmax: 1, colorscale: "RdBu", reversescale: true,
      text: z.map((row) => row.map((v) => (v == null ? "" : v.toFixed(2)))), texttemplate: c.columns.length <= 12 ? "%{text}" : "",
      hovertemplate: "%{y} and %{x}: %{z:.2f}<extra></extra>",
    }],
    layout: { height: size, xaxis: { automargin: true }, yaxis: { automargin: true, autorange: "reversed" } },
  }, { label: `Correlation heatmap (${method}) of ${c.columns.join(", ")}` });
}

function outlierTable(outliers) {
  const rows = outliers.filter((o) => (o.iqr && o.iqr.count) || (o.zscore && o.zscore.count));
  return h("section", { class: "profile-section", "aria-labelledby": "outliers-title" },
    h("h2", { id: "outliers-title" }, "Outliers"),
    rows.length
      ? [h("p", { class: "muted small" }, "Values outside the usual range: beyond 1.5 × the interquartile range from the quartiles (IQR), or more than 3 standard deviations from the mean (z-score)."),
        h("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": "Outliers" }, h("table", { class: "grid" },
          h("thead", null, h("tr", null, ["Column", "Usual range (IQR)", "Outside it", "Beyond 3σ", "Examples"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", null, rows.map((o) => h("tr", null,
            h("th", { scope: "row" }, o.column),
            h("td", null, o.iqr ? `${show(round(o.iqr.lower))} to ${show(round(o.iqr.upper))}` : ""),
            h("td", { class: "num" }, fmt(o.iqr ? o.iqr.count : 0)),
            h("td", { class: "num" }, fmt(o.zscore ? o.zscore.count : 0)),
            h("td", null, ((o.iqr && o.iqr.examples) || []).slice(0, 4).map(show).join(", ")))))))]
      : h("p", null, "No outliers in the numeric columns."));
}

function trends(t) {
  if (!t || !(t.series || []).length) return null;
  const arrow = { rising: "↗ rising", falling: "↘ falling", flat: "→ flat" };
  return h("section", { class: "profile-section", "aria-labelledby": "trends-title" },
    h("h2", { id: "trends-title" }, "Trends"),
    h("p", { class: "muted small" }, `The ${t.aggregation || "mean"} of each numeric column per ${t.grain} of ${t.date_column}, with a straight-line fit. Significant means unlikely to be chance (p < 0.05).`),
    h("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": "Trends" }, h("table", { class: "grid" },
      h("thead", null, h("tr", null, ["Column", "Direction", `Change per ${t.grain}`, "Fit (R²)", "Significant", "Periods"].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", null, t.series.map((s) => h("tr", null,
        h("th", { scope: "row" }, s.column),
        h("td", null, arrow[s.direction] || s.direction),
        h("td", { class: "num" }, show(round(s.slope_per_period))),
        h("td", { class: "num" }, s.r_squared == null ? "" : s.r_squared.toFixed(2)),
        h("td", null, s.significant ? "yes" : "no"),
        h("td", { class: "num" }, fmt(s.periods))))))));
}

function source(s) {
  if (!s) return null;
  const bits = [s.format, s.encoding, s.delimiter ? `delimiter "${s.delimiter === "\t" ? "tab" : s.delimiter}"` : null,
    s.has_header === false ? "no header row" : null, s.sheet ? `sheet "${s.sheet}"` : null];
  return h("p", { class: "muted small source" }, `Read as ${bits.filter(Boolean).join(", ")}.`);
}
