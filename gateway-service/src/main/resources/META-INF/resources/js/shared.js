// A dashboard opened from a share link: no account needed, read-only.
import { api } from "./api.js";
import { $, h, replace, when, loading, errorBox } from "./dom.js";
import { drawTiles } from "./tiles.js";
import { insights } from "./dashboards.js";

/** Shows the dashboard behind a share token. */
export async function showShared(token) {
  const view = $("view-shared");
  replace(view, loading("Loading the shared dashboard…"));
  try {
    const b = await api(`/api/shared/${encodeURIComponent(token)}`, { auth: false });
    const grid = h("div", { class: "dash-grid", id: "dash-grid" });
    replace(view,
      h("div", { class: "dash-head" },
        h("div", null, h("h1", { id: "dash-title" }, b.title),
          h("p", { class: "muted small" }, ["Shared dashboard, read-only", b.domain && `${b.domain} data`,
            b.updated_at && `updated ${when(b.updated_at)}`].filter(Boolean).join(" · "))),
        h("div", { class: "actions" },
          h("a", { class: "ghost button-link", href: `/api/shared/${encodeURIComponent(token)}/export.html`, download: "" }, "Download as HTML"))),
      b.explanation ? h("p", { class: "muted small" }, b.explanation) : null,
      insights(b),
      grid);
    drawTiles(grid, b);
  } catch (e) {
    const gone = e.status === 404 || e.status === 410;
    replace(view, h("h1", null, "Shared dashboard"),
      errorBox(gone ? "This link does not work any more: it was revoked or it expired. Ask whoever sent it for a new one." : e.message,
        gone ? null : () => showShared(token)));
  }
}
