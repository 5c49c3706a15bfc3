// Dashboards: all of them, the ones of one dataset with "Design a dashboard", and one dashboard's page.
import { api } from "./api.js";
import { $, h, replace, when, loading, errorBox, confirmDialog, toast } from "./dom.js";
import { go } from "./nav.js";
import { drawTiles } from "./tiles.js";
import { save, tileTools } from "./dashboard-edit.js";
import { openShareDialog, exportHtml } from "./share.js";

/** The Dashboards page: every dashboard of the user, newest first. */
export async function showDashboards() {
  const view = $("view-dashboards");
  replace(view, h("h1", null, "Dashboards"), loading("Loading your dashboards…"));
  try {
    const [dashboards, datasets] = await Promise.all([api("/api/dashboards?size=100"), api("/api/datasets?size=100")]);
    const names = new Map(datasets.items.map((d) => [d.id, d.name]));
    replace(view, h("h1", null, "Dashboards"),
      dashboards.length
        ? list(dashboards, names)
        : h("div", { class: "empty" }, h("p", null, "No dashboards yet."),
          h("p", null, "Open a dataset, then choose Dashboards and \u201cDesign a dashboard\u201d, or pin answers from Ask.")));
  } catch (e) {
    replace(view, h("h1", null, "Dashboards"), errorBox(`Your dashboards could not be loaded: ${e.message}`, showDashboards));
  }
}

function list(dashboards, names) {
  return h("ul", { class: "card-list" }, dashboards.map((b) => h("li", { class: "card-item" },
    h("a", { href: `#/dashboards/${b.id}`, class: "card-link" }, h("span", { class: "card-title" }, b.title)),
    h("span", { class: "muted small" }, [names && names.get(b.dataset_id), b.domain, `updated ${when(b.updated_at)}`].filter(Boolean).join(" · ")))));
}

/** The Dashboards tab of a dataset: its dashboards and the one-click designer. */
export async function renderDatasetDashboards(panel, d) {
  if (d.status !== "READY") {
    replace(panel, h("p", { class: "muted", role: "status" }, "You can design dashboards once the analysis is done."));
    return;
  }
  const design = h("button", { type: "button", class: "primary", id: "dash-design", onclick: async () => {
    design.disabled = true;
    design.textContent = "Designing…";
    design.setAttribute("aria-busy", "true");
    try {
      const made = await api("/api/dashboards/design", { method: "POST", json: { dataset_id: d.id } });
      toast(`Designed "${made.title}".`, "ok");
      go(`#/dashboards/${made.id}`);
    } catch (e) {
      toast(`No dashboard was designed: ${e.message}`, "error");
      design.disabled = false;
      design.textContent = "Design a dashboard";
      design.removeAttribute("aria-busy");
    }
  } }, "Design a dashboard");
  const mine = h("div", null, loading("Loading dashboards…"));
  replace(panel,
    h("div", { class: "toolbar" }, design,
      h("p", { class: "muted small" }, "DataSage picks 3\u20134 KPIs, charts and a table from the columns. You can edit it afterwards.")),
    mine);
  try {
    const all = await api("/api/dashboards?size=100");
    const own = all.filter((b) => b.dataset_id === d.id);
    replace(mine, own.length ? list(own) : h("p", { class: "muted" }, "No dashboard for this dataset yet."));
  } catch (e) {
    replace(mine, errorBox(`Dashboards could not be loaded: ${e.message}`, () => renderDatasetDashboards(panel, d)));
  }
}

const board = { dashboard: null, editing: false, saving: null };

/** One dashboard, rendered; the owner can edit it, regenerate it and delete it. */
export async function showDashboard(id) {
  const view = $("view-dashboards");
  if (!board.dashboard || board.dashboard.id !== id) board.editing = false;
  replace(view, h("a", { class: "back", href: "#/dashboards" }, "‹ All dashboards"), loading("Loading the dashboard…"));
  try {
    board.dashboard = await api(`/api/dashboards/${id}`);
  } catch (e) {
    replace(view, h("a", { class: "back", href: "#/dashboards" }, "‹ All dashboards"),
      errorBox(e.status === 404 ? "This dashboard does not exist or was deleted." : `The dashboard could not be loaded: ${e.message}`,
        e.status === 404 ? null : () => showDashboard(id)));
    return;
  }
  drawDashboard();
}

function drawDashboard(focus) {
  const b = board.dashboard;
  const view = $("view-dashboards");
  const grid = h("div", { class: `dash-grid${board.editing ? " editing" : ""}`, id: "dash-grid" });
  const title = board.editing
    ? h("div", { class: "title-edit" }, h("label", { for: "dash-title-input" }, "Dashboard title"),
      h("input", { type: "text", id: "dash-title-input", value: b.title, maxlength: 200, onchange: (e) => {
        const value = e.target.value.trim();
        if (value && value !== b.title) apply({ title: value }, null);
      } }))
    : h("h1", { id: "dash-title" }, b.title);
  replace(view,
    h("a", { class: "back", href: `#/datasets/${b.dataset_id}/dashboards` }, "‹ Back to the dataset"),
    h("div", { class: "dash-head" },
      h("div", { class: "dash-title" }, title,
        h("p", { class: "muted small" }, [b.domain && `${b.domain} data`, b.pattern, `updated ${when(b.updated_at)}`].filter(Boolean).join(" · "))),
      h("div", { class: "actions", id: "dash-actions" },
        h("button", { type: "button", class: board.editing ? "primary" : "ghost", id: "dash-edit", "aria-pressed": String(board.editing),
          onclick: () => { board.editing = !board.editing; drawDashboard("dash-edit"); } }, board.editing ? "Done editing" : "Edit"),
        h("button", { type: "button", class: "ghost", id: "dash-regenerate", onclick: regenerate }, "Regenerate"),
        h("button", { type: "button", class: "ghost", id: "dash-share", onclick: () => openShareDialog(b) }, "Share"),
        h("button", { type: "button", class: "ghost", id: "dash-export", onclick: (e) => exportHtml(b, e.currentTarget) }, "Export HTML"),
        h("button", { type: "button", class: "danger", onclick: () => remove(b) }, "Delete dashboard"))),
    b.explanation ? h("p", { class: "muted small" }, b.explanation) : null,
    board.editing ? h("p", { class: "notice small", id: "edit-help" },
      "Each change is saved at once. Pinned tiles stay when the dashboard is regenerated; add tiles with \u201cPin to dashboard\u201d under any answer in Ask.") : null,
    insights(b),
    grid);
  drawTiles(grid, b, board.editing ? (tile, c, i) => tileTools(tile, b, i, apply) : null);
  if (focus) {
    const [tileId, action] = focus.split(":");
    const target = action ? view.querySelector(`[data-tile="${tileId}"] [data-action="${action}"]`) : $(tileId);
    if (target && !target.disabled) target.focus();
  }
}

/**
 * Saves one edit and draws the dashboard as stored; focus (the control used) is focused again. An edit made while
 * the previous one is still saving waits for it (it used to be dropped while its control showed the change).
 */
async function apply(body, action) {
  const tileId = action && document.activeElement && document.activeElement.closest("[data-tile]")
    ? document.activeElement.closest("[data-tile]").dataset.tile : null;
  while (board.saving) await board.saving;
  const b = board.dashboard;
  if (action === "remove") {
    const ok = await confirmDialog({ title: "Remove this tile?", body: "It leaves the dashboard; Regenerate or pinning an answer adds tiles again.", confirm: "Remove tile" });
    if (!ok) return;
  }
  board.saving = saveAndDraw(b, body, tileId && action !== "remove" ? `${tileId}:${action}` : null);
  try {
    await board.saving;
  } finally {
    board.saving = null;
  }
}

async function saveAndDraw(b, body, focus) {
  $("dash-grid").setAttribute("aria-busy", "true");
  try {
    board.dashboard = await save(b, body);
    drawDashboard(focus);
  } catch (e) {
    if (e.status === 412) {
      toast("Someone else changed this dashboard meanwhile; it has been reloaded. Make your change again.", "error");
      await showDashboard(b.id);
    } else {
      toast(`Not saved: ${e.message}`, "error");
      drawDashboard();
    }
  }
}

async function regenerate() {
  const b = board.dashboard;
  const ok = await confirmDialog({
    title: "Regenerate this dashboard?",
    body: "DataSage designs the tiles again from the data. Pinned tiles stay where they are; other edits are replaced.",
    confirm: "Regenerate",
    danger: false,
  });
  if (!ok) return;
  const button = $("dash-regenerate");
  button.disabled = true;
  button.textContent = "Regenerating…";
  try {
    board.dashboard = await api(`/api/dashboards/${b.id}/regenerate`, { method: "POST", headers: { "If-Match": `"${b.revision}"` } });
    drawDashboard();
    toast("Regenerated; pinned tiles kept.", "ok");
  } catch (e) {
    toast(`Not regenerated: ${e.message}`, "error");
    button.disabled = false;
    button.textContent = "Regenerate";
  }
}

/** The dashboard's insights, as a short list above the tiles. */
export function insights(b) {
  if (!(b.insights || []).length) return null;
  return h("section", { class: "insights", "aria-labelledby": "insights-title" },
    h("h2", { id: "insights-title" }, "Insights"),
    h("ul", null, b.insights.map((t) => h("li", null, t))));
}

async function remove(b) {
  const ok = await confirmDialog({ title: `Delete "${b.title}"?`, body: "The dashboard is deleted for good; the dataset stays.", confirm: "Delete dashboard" });
  if (!ok) return;
  try {
    await api(`/api/dashboards/${b.id}`, { method: "DELETE" });
    toast(`Deleted "${b.title}".`, "ok");
    go("#/dashboards");
  } catch (e) {
    toast(`Not deleted: ${e.message}`, "error");
  }
}
