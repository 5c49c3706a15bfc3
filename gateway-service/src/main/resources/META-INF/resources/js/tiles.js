// A dashboard's tiles, drawn the same for the owner and for a shared link: KPIs as text that fits its tile,
// charts with Plotly, tables as HTML tables.
import { h } from "./dom.js";
import { draw } from "./charts.js";

/** Draws every tile of dashboard into grid; decorate(tile, component, index) may add controls (editing). */
export function drawTiles(grid, dashboard, decorate) {
  grid.replaceChildren();
  (dashboard.components || []).forEach((c, i) => {
    const tile = h("article", { class: `tile span-${Math.max(1, Math.min(4, c.span || 1))} tile-${c.type}`, "aria-labelledby": `tile-title-${i}` },
      h("h3", { id: `tile-title-${i}`, class: "tile-title", title: c.title }, c.title));
    grid.append(tile);
    if (decorate) decorate(tile, c, i);
    if (c.error) {
      tile.append(h("p", { class: "error small" }, c.error));
      return;
    }
    // Plotly sizes a plot from its box, so the tile is in the page before anything is drawn in it.
    const body = h("div", { class: "tile-body" });
    tile.append(body);
    if (c.figure) draw(body, c.figure, { height: 300, untitled: true, label: `${c.title}. ${c.summary || ""}` });
    if (c.summary) tile.append(h("p", { class: "muted small tile-summary" }, c.summary));
  });
}
