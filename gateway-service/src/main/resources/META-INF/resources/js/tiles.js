// A dashboard's tiles, drawn the same for the owner and for a shared link: KPIs as text that fits its tile,
// charts with Plotly, tables as HTML tables. A tile that did not change between two drawings is moved, not drawn
// again, so that an edit redraws only what it changed.
import { h } from "./dom.js";
import { draw } from "./charts.js";

let drawn = { dashboard: null, tiles: new Map() };

/** Draws every tile of dashboard into grid; decorate(tile, component, index) may add controls (editing). */
export function drawTiles(grid, dashboard, decorate) {
  const before = drawn.dashboard === dashboard.id ? drawn.tiles : new Map();
  drawn = { dashboard: dashboard.id, tiles: new Map() };
  grid.replaceChildren();
  (dashboard.components || []).forEach((c, i) => {
    const signature = JSON.stringify([c.type, c.title, c.span, c.height, c.pinned, c.summary, c.error, c.figure]);
    const kept = c.id && before.get(c.id);
    const tile = kept && kept.signature === signature ? reuse(kept.tile, i) : build(c, i);
    if (c.id) drawn.tiles.set(c.id, { tile, signature });
    grid.append(tile);
    if (decorate) decorate(tile, c, i);
    // Plotly sizes a plot from its box, so the tile is in the page before anything is drawn in it.
    if (tile.dataset.pending) {
      delete tile.dataset.pending;
      // A grid row is 150 px: a chart is 2 rows unless it was made taller or shorter.
      draw(tile.querySelector(".tile-body"), c.figure, { height: 150 * (c.height || 2), untitled: true, label: `${c.title}. ${c.summary || ""}` });
    }
  });
}

function build(c, i) {
  const tile = h("article", { class: `tile span-${Math.max(1, Math.min(4, c.span || 1))} tile-${c.type}` },
    h("div", { class: "tile-head" },
      h("h3", { class: "tile-title", title: c.title }, c.title),
      c.pinned ? h("span", { class: "pin-badge", title: "Pinned: kept when the dashboard is regenerated" }, "Pinned") : null));
  label(tile, i);
  if (c.error) {
    tile.append(h("p", { class: "error small" }, c.error));
    return tile;
  }
  tile.append(h("div", { class: "tile-body" }));
  if (c.figure) tile.dataset.pending = "1";
  if (c.summary) tile.append(h("p", { class: "muted small tile-summary" }, c.summary));
  return tile;
}

/** A drawn tile for another place in the grid, without the controls of the last drawing. */
function reuse(tile, i) {
  tile.querySelectorAll(".tile-tools, .tile-title-edit").forEach((el) => el.remove());
  tile.querySelector(".tile-title").classList.remove("visually-hidden");
  label(tile, i);
  return tile;
}

function label(tile, i) {
  const heading = tile.querySelector(".tile-title");
  heading.id = `tile-title-${i}`;
  tile.setAttribute("aria-labelledby", heading.id);
}
