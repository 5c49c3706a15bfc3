// One answer in a conversation: text, interactive chart, who answered and how sure, suggestions when unsure,
// how it was computed, and the actions on its data (CSV, PNG, the numbers as a table).
import { api } from "./api.js";
import { h, replace, copyText, toast, loading, errorBox } from "./dom.js";
import { draw, kindOf, toCsv, downloadPng, rowsTable, titleOf } from "./charts.js";
import { pinAnswer } from "./pin.js";

const CONFIDENCE = {
  High: "The question matched the columns directly.",
  Medium: "Some words were interpreted; check that the chart shows what you meant.",
  Low: "This is a best guess; check the chart, or pick a suggestion or rephrase.",
};

/** Fills card with a reply from the stream or a stored message of a resumed conversation. */
export function renderAnswer(card, reply, { dataset, question, ask, conversationId }) {
  const text = reply.response_text != null ? reply.response_text : reply.content;
  const title = titleOf(reply.chart) || question || "chart";
  const chart = reply.chart ? h("div", { class: "chart" }) : null;
  const plotted = reply.chart && kindOf(reply.chart) === "plot";
  let rows = reply.rows || null;
  const rowsOf = async () => {
    if (!rows) {
      // Stored messages keep the spec, not the rows: the chart engine computes them again, exactly.
      const rendered = await api("/api/charts", { method: "POST", json: { dataset_id: dataset.id, spec: reply.chart_spec } });
      rows = rendered.rows;
    }
    return rows;
  };
  replace(card,
    h("p", { class: "answer-text" }, text),
    chart,
    meta(reply),
    suggestions(reply, ask),
    how(reply),
    reply.chart_spec ? actions({ title, chart: plotted ? chart : null, rowsOf,
      pin: { dataset, conversationId: reply.conversation_id || conversationId, messageId: reply.message_id || reply.id } }) : null);
  card.setAttribute("aria-label", `Answer to: ${question || "your question"}`);
  if (chart) draw(chart, reply.chart, { label: `Chart: ${title}. ${text}` });
}

function meta(reply) {
  const source = reply.source || "";
  const who = source.startsWith("llm:") ? `Answered by the model ${source.slice(4)}`
    : source === "suggestion" ? "Drawn from the suggestion you picked" : "Answered by the offline planner";
  const level = reply.confidence || "Medium";
  return h("p", { class: "answer-meta small" },
    h("span", { class: `confidence c-${level}`, title: CONFIDENCE[level] || "" }, `Confidence: ${level}`),
    h("span", { class: "source" }, who),
    level !== "High" ? h("span", { class: "muted" }, CONFIDENCE[level]) : null);
}

/** Buttons that ask what the answer might have meant instead (sent when the answer is unsure). */
function suggestions(reply, ask) {
  const list = reply.suggestions || [];
  if (!list.length || !ask) return null;
  return h("div", { class: "suggestions", role: "group", "aria-label": "Did you mean" },
    h("span", { class: "small muted" }, "Did you mean:"),
    list.map((s) => h("button", { type: "button", class: "chip", onclick: () => ask(s.text) }, s.text)));
}

/**
 * "How this was computed": the explanation and the query when the server sends them, and the spec in words. The
 * code blocks scroll sideways on a phone, so they take the keyboard focus (WCAG 2.1.1).
 */
function how(reply) {
  const spec = reply.chart_spec;
  if (!spec && !reply.explanation && !reply.sql) return null;
  return h("details", { class: "how" },
    h("summary", null, "How this was computed"),
    reply.explanation ? h("p", null, reply.explanation) : null,
    spec ? h("p", null, specInWords(spec)) : null,
    reply.sql ? [h("p", { class: "small muted" }, "The same as SQL:"), h("pre", { class: "code", tabindex: "0" }, reply.sql)] : null,
    spec ? h("details", { class: "spec" }, h("summary", null, "Chart spec (JSON)"), h("pre", { class: "code", tabindex: "0" }, JSON.stringify(spec, null, 2))) : null);
}

/** A chart spec as a sentence: "Sum of sales by region, largest first, top 10; only rows where year = 2024." */
export function specInWords(spec) {
  const y = spec.y || (spec.columns ? spec.columns.slice(1) : []);
  const x = spec.x || (spec.columns ? spec.columns[0] : null);
  const aggregation = { sum: "Sum", mean: "Average", count: "Count", min: "Minimum", max: "Maximum", median: "Median", count_distinct: "Distinct count" }[spec.aggregation] || "Value";
  const parts = [];
  let lead = y.length ? `${aggregation} of ${y.join(", ")}` : `${aggregation} of rows`;
  if (spec.chart_type === "histogram") lead = `Distribution of ${x || y.join(", ")}${spec.bins ? ` in ${spec.bins} bins` : ""}`;
  else if (spec.chart_type === "scatter") lead = `${y.join(", ")} against ${x}, one point per row`;
  else if (x) lead += ` by ${x}${spec.time_grain ? ` (per ${spec.time_grain})` : ""}`;
  if (spec.series) lead += `, split by ${spec.series}`;
  parts.push(lead);
  if (spec.sort) parts.push(`${spec.sort.order === "asc" ? "smallest" : "largest"} first by ${spec.sort.by === "x" ? x : "value"}`);
  if (spec.limit) parts.push(`top ${spec.limit}`);
  let sentence = `${parts.join(", ")}, shown as a ${String(spec.chart_type || "chart").replace("_", " ")} chart`;
  const filters = spec.filters || [];
  if (filters.length) {
    sentence += `; only rows where ${filters.map((f) => `${f.column} ${f.op} ${Array.isArray(f.value) ? f.value.join(" and ") : f.value}`).join(" and ")}`;
  }
  return `${sentence}.`;
}

function actions({ title, chart, rowsOf, pin }) {
  const table = h("div", { class: "numbers" });
  const details = h("details", { class: "numbers-toggle" }, h("summary", null, "Show the numbers"), table);
  details.addEventListener("toggle", async () => {
    if (!details.open || table.childElementCount) return;
    replace(table, loading("Loading the numbers…"));
    try {
      replace(table, rowsTable(await rowsOf(), `Data of ${title}`));
    } catch (e) {
      replace(table, errorBox(e.message));
    }
  });
  return h("div", { class: "answer-actions" },
    h("button", { type: "button", class: "ghost small-button", onclick: async (e) => {
      const button = e.currentTarget;
      try {
        await copyText(toCsv(await rowsOf()));
        flash(button, "Copied");
        toast("The chart's data is on the clipboard as CSV.", "ok");
      } catch (err) {
        toast(`Not copied: ${err.message}`, "error");
      }
    } }, "Copy data as CSV"),
    chart ? h("button", { type: "button", class: "ghost small-button", onclick: () => downloadPng(chart, title) }, "Download PNG") : null,
    pin.conversationId && pin.messageId ? h("button", { type: "button", class: "ghost small-button", onclick: async (e) => {
      const button = e.currentTarget;
      const board = await pinAnswer(pin);
      if (board) {
        button.textContent = "Pinned";
        button.after(h("a", { class: "small", href: `#/dashboards/${board.id}` }, `Open "${board.title}"`));
      }
    } }, "Pin to dashboard") : null,
    details);
}

function flash(button, text) {
  const before = button.textContent;
  button.textContent = text;
  setTimeout(() => { button.textContent = before; }, 1500);
}
