// One dataset's page: name and facts, processing progress (server-sent events), failure reason with retry,
// delete with confirmation, and the tabs Profile, Preview, Ask and Dashboards.
import { api, events } from "./api.js";
import { $, h, replace, fmt, humanBytes, loading, errorBox, confirmDialog, toast } from "./dom.js";
import { go } from "./nav.js";
import { refreshList, updateListed } from "./datasets.js";
import { renderProfile } from "./profile.js";
import { renderPreview } from "./preview.js";
import { showChat, leaveChat } from "./chat.js";
import { renderDatasetDashboards } from "./dashboards.js";

const TABS = [
  { id: "profile", label: "Profile" },
  { id: "preview", label: "Preview" },
  { id: "chat", label: "Ask" },
  { id: "dashboards", label: "Dashboards" },
];

let page = { id: null, dataset: null, tab: null, item: null, follow: null, container: null };

/** Stops following progress and forgets the page (another dataset, another view, another user). */
export function clearDatasetPage(container) {
  if (page.follow) page.follow.abort();
  leaveChat();
  page = { id: null, dataset: null, tab: null, item: null, follow: null, container };
  replace(container);
}

/** Shows the dataset of the route; only what changed is drawn again, so drafts survive a re-route. */
export async function showDatasetPage(container, route) {
  if (page.id !== route.id || page.container !== container) {
    clearDatasetPage(container);
    page.id = route.id;
    replace(container, loading("Loading the dataset…"));
    try {
      page.dataset = await api(`/api/datasets/${route.id}`);
    } catch (e) {
      if (page.id !== route.id) return;
      replace(container, h("a", { class: "back", href: "#/datasets" }, "‹ All datasets"),
        errorBox(e.status === 404 ? "This dataset does not exist or was deleted." : e.message,
          e.status === 404 ? null : () => { page.id = null; showDatasetPage(container, route); }));
      return;
    }
    if (page.id !== route.id) return;
    drawPage();
  }
  const item = route.item || null;
  if (route.tab === "chat" && page.tab === "chat") {
    // The thread changes its address itself (a new conversation gets an id): let it decide what to redraw.
    page.item = item;
    showChat($("ds-panel"), page.dataset, item);
  } else if (page.tab !== route.tab || page.item !== item) {
    selectTab(route.tab, item);
  }
}

function drawPage() {
  const d = page.dataset;
  const tabs = h("div", { class: "tabs", role: "tablist", "aria-label": "Dataset views" },
    TABS.map((t) => h("a", {
      id: `tab-${t.id}`, role: "tab", href: `#/datasets/${d.id}/${t.id}`, "aria-controls": "ds-panel",
      "aria-selected": "false", tabindex: "-1", onkeydown: tabKeys,
    }, t.label)));
  replace(page.container,
    h("a", { class: "back", href: "#/datasets" }, "‹ All datasets"),
    h("div", { class: "dataset-head" },
      h("div", { class: "dataset-title" },
        h("h1", { id: "ds-name" }, d.name),
        h("p", { id: "ds-meta", class: "muted small" }, facts(d))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "danger", id: "ds-delete", onclick: remove }, "Delete dataset"))),
    h("div", { id: "ds-status" }),
    tabs,
    h("div", { id: "ds-panel", role: "tabpanel", tabindex: "0", "aria-labelledby": "tab-profile" }));
  drawStatus();
  if (busy(d)) follow(d.id);
}

function facts(d) {
  const bits = [d.original_filename, humanBytes(d.size_bytes), d.format && d.format.toUpperCase()];
  if (d.row_count != null) bits.push(`${fmt(d.row_count)} rows × ${fmt(d.column_count)} columns`);
  if (d.quality_score != null) bits.push(`quality ${Math.round(d.quality_score * 100)}%`);
  return bits.filter(Boolean).join(" · ");
}

function busy(d) {
  return d.status === "UPLOADED" || d.status === "PROCESSING";
}

function drawStatus() {
  const d = page.dataset;
  const box = $("ds-status");
  if (!box) return;
  if (busy(d)) {
    const p = d.progress || {};
    replace(box, h("div", { class: "progress-row", role: "group", "aria-label": "Processing progress" },
      h("progress", { id: "ds-progress", max: 100, value: p.percent || 0, "aria-labelledby": "ds-phase" }),
      h("span", { id: "ds-phase", class: "small", "aria-live": "polite" }, progressText(d))));
  } else if (d.status === "FAILED") {
    replace(box, h("div", { class: "error-box", role: "alert", id: "ds-failure" },
      h("p", null, h("strong", null, "This file could not be analysed. "), d.failure_reason || "No reason was recorded."),
      h("p", { class: "small" }, "Fix the file and upload it again, or retry if the problem was on our side."),
      h("button", { type: "button", class: "primary", id: "ds-retry", onclick: retry }, "Retry analysis")));
  } else {
    replace(box);
  }
}

function progressText(d) {
  const p = d.progress || {};
  if (d.status === "UPLOADED") return "Uploaded; waiting for the analysis to start…";
  return `Profiling: ${p.phase || "starting"} ${p.percent || 0}%${p.rows_processed ? ` (${fmt(p.rows_processed)} rows read)` : ""}`;
}

function follow(id) {
  if (page.follow) page.follow.abort();
  const controller = new AbortController();
  page.follow = controller;
  events(`/api/datasets/${id}/events`, (s) => {
    if (page.id !== id) return;
    page.dataset = Object.assign({}, page.dataset, {
      status: s.status, progress: { phase: s.phase, percent: s.percent, rows_processed: s.rows_processed },
      // The reason comes with the FAILED event itself: without it the box said "No reason was recorded" until reload.
      failure_reason: s.failure_reason,
    });
    updateListed(page.dataset);
    drawStatus();
  }, { signal: controller.signal })
    .then(() => reload(id))
    .catch((e) => {
      if (e.name !== "AbortError" && page.id === id) setTimeout(() => reload(id), 2000);
    });
}

/** Reads the dataset again once processing ended and draws whatever changed. */
async function reload(id) {
  if (page.id !== id) return;
  const d = await api(`/api/datasets/${id}`).catch(() => null);
  if (!d || page.id !== id) return;
  page.dataset = d;
  updateListed(d);
  if (busy(d)) {
    follow(id);
    return;
  }
  $("ds-meta").textContent = facts(d);
  drawStatus();
  if (d.status === "READY") toast(`${d.name} is ready: ${fmt(d.row_count)} rows profiled.`, "ok");
  const tab = page.tab;
  page.tab = null;
  selectTab(tab, page.item);
}

async function retry() {
  const button = $("ds-retry");
  button.disabled = true;
  button.textContent = "Retrying…";
  try {
    const d = await api(`/api/datasets/${page.id}/retry`, { method: "POST" });
    page.dataset = Object.assign({}, page.dataset, d && d.id ? d : { status: "UPLOADED" });
    updateListed(page.dataset);
    drawStatus();
    follow(page.id);
  } catch (e) {
    button.disabled = false;
    button.textContent = "Retry analysis";
    const hint = e.status === 404 || e.status === 405 ? "This server cannot retry an analysis; upload the file again." : e.message;
    toast(hint, "error");
  }
}

async function remove() {
  const d = page.dataset;
  const ok = await confirmDialog({
    title: `Delete "${d.name}"?`,
    body: "The file, its profile, its conversations and its dashboards are deleted for good.",
    confirm: "Delete dataset",
  });
  if (!ok) return;
  try {
    await api(`/api/datasets/${d.id}`, { method: "DELETE" });
    toast(`Deleted "${d.name}".`, "ok");
    page.id = null;
    await refreshList();
    go("#/datasets");
  } catch (e) {
    toast(`"${d.name}" was not deleted: ${e.message}`, "error");
  }
}

function selectTab(tab, item) {
  page.tab = tab;
  page.item = item;
  for (const t of TABS) {
    const link = $(`tab-${t.id}`);
    const selected = t.id === tab;
    link.setAttribute("aria-selected", String(selected));
    link.tabIndex = selected ? 0 : -1;
  }
  const panel = $("ds-panel");
  panel.setAttribute("aria-labelledby", `tab-${tab}`);
  if (tab !== "chat") leaveChat();
  const d = page.dataset;
  if (tab === "profile") renderProfile(panel, d);
  else if (tab === "preview") renderPreview(panel, d);
  else if (tab === "chat") showChat(panel, d, item);
  else renderDatasetDashboards(panel, d);
}

// Arrow keys move between tabs (the WAI-ARIA tabs pattern); Enter or Space follows the link.
function tabKeys(event) {
  const i = TABS.findIndex((t) => `tab-${t.id}` === event.currentTarget.id);
  let next = null;
  if (event.key === "ArrowRight") next = (i + 1) % TABS.length;
  else if (event.key === "ArrowLeft") next = (i - 1 + TABS.length) % TABS.length;
  else if (event.key === "Home") next = 0;
  else if (event.key === "End") next = TABS.length - 1;
  else if (event.key === " ") { event.preventDefault(); event.currentTarget.click(); }
  if (next === null) return;
  event.preventDefault();
  $(`tab-${TABS[next].id}`).focus();
  $(`tab-${TABS[next].id}`).click();
}
