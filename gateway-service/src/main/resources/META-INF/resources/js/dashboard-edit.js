// Editing a dashboard in place: rename it and its tiles, reorder, resize, remove, change a chart's type.
// Every change is saved at once with If-Match, so two editors never overwrite each other unknowingly.
import { api } from "./api.js";
import { h } from "./dom.js";

const CHART_TYPES = [
  ["bar", "Bar"], ["grouped_bar", "Grouped bar"], ["stacked_bar", "Stacked bar"], ["line", "Line"], ["area", "Area"],
  ["pie", "Pie"], ["scatter", "Scatter"], ["histogram", "Histogram"], ["box", "Box plot"], ["heatmap", "Heatmap"],
];

/** Saves a change to dashboard b (its revision as If-Match); resolves to the dashboard as now stored. */
export function save(b, body) {
  return api(`/api/dashboards/${b.id}`, { method: "PUT", json: body, headers: { "If-Match": `"${b.revision}"` } });
}

/** The tiles as an edit: each one by id, in order, with the changes of fn(index) merged into it. */
function tiles(b, change) {
  return b.components.map((c, i) => Object.assign({ id: c.id }, change ? change(c, i) : {}));
}

/** The edits a tile's tools can make, each giving the request body of the change. */
export const edits = {
  move: (b, index, delta) => {
    const list = tiles(b);
    const [tile] = list.splice(index, 1);
    list.splice(Math.max(0, Math.min(list.length, index + delta)), 0, tile);
    return { components: list };
  },
  span: (b, index, delta) => ({ components: tiles(b, (c, i) => (i === index ? { span: clamp(c.span + delta, 1, 4) } : {})) }),
  height: (b, index, delta) => ({ components: tiles(b, (c, i) => (i === index ? { height: clamp(c.height + delta, 1, 6) } : {})) }),
  remove: (b, index) => ({ components: tiles(b).filter((_, i) => i !== index) }),
  chartType: (b, index, type) => ({
    components: tiles(b, (c, i) => (i === index ? { spec: Object.assign({}, c.spec, { chart_type: type }) } : {})),
  }),
  tileTitle: (b, index, title) => ({ components: tiles(b, (c, i) => (i === index ? { title } : {})) }),
};

function clamp(x, low, high) {
  return Math.max(low, Math.min(high, x));
}

/**
 * The tools of tile number index: move, resize, chart type, remove, and its title as a field. apply(body, focus)
 * saves the change; focus names the control to focus again once the dashboard is drawn anew.
 */
export function tileTools(tile, b, index, apply) {
  const c = b.components[index];
  const name = c.title || `tile ${index + 1}`;
  tile.dataset.tile = c.id;
  const button = (action, text, label, body, disabled) => h("button", {
    type: "button", class: "ghost small-button", "data-action": action, "aria-label": `${label}: ${name}`, title: label,
    disabled: !!disabled, onclick: () => apply(body(), action),
  }, text);
  const heading = tile.querySelector(".tile-title");
  const title = h("input", { type: "text", class: "tile-title-input", id: `tile-title-input-${c.id}`, value: c.title || "", maxlength: 120 });
  title.addEventListener("change", () => {
    const value = title.value.trim();
    if (value && value !== c.title) apply(edits.tileTitle(b, index, value), null);
  });
  // The heading keeps naming the tile for screen readers; the field takes its place on screen.
  heading.classList.add("visually-hidden");
  heading.parentElement.after(h("div", { class: "tile-title-edit" }, h("label", { for: title.id, class: "visually-hidden" }, `Title of ${name}`), title));
  const type = c.type === "chart" && c.spec ? h("select", {
    "aria-label": `Chart type of ${name}`, "data-action": "type",
    onchange: (e) => apply(edits.chartType(b, index, e.target.value), "type"),
  }, CHART_TYPES.map(([value, text]) => h("option", { value, selected: value === c.spec.chart_type }, text)),
  CHART_TYPES.some(([value]) => value === c.spec.chart_type) ? null : h("option", { value: c.spec.chart_type, selected: true }, c.spec.chart_type)) : null;
  tile.append(h("div", { class: "tile-tools", role: "group", "aria-label": `Edit ${name}` },
    button("earlier", "◀", "Move earlier", () => edits.move(b, index, -1), index === 0),
    button("later", "▶", "Move later", () => edits.move(b, index, 1), index === b.components.length - 1),
    button("narrower", "Narrower", "Make narrower", () => edits.span(b, index, -1), c.span <= 1),
    button("wider", "Wider", "Make wider", () => edits.span(b, index, 1), c.span >= 4),
    c.type !== "kpi" ? button("shorter", "Shorter", "Make shorter", () => edits.height(b, index, -1), c.height <= 1) : null,
    c.type !== "kpi" ? button("taller", "Taller", "Make taller", () => edits.height(b, index, 1), c.height >= 6) : null,
    type,
    button("remove", "Remove", "Remove", () => edits.remove(b, index))));
}
