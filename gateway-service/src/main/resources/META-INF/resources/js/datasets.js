// The datasets view: the list with each dataset's status, the semantic search box, and the selected dataset's page.
import { api } from "./api.js";
import { $, h, replace, fmt, when, debounce, errorBox } from "./dom.js";
import { initUpload } from "./upload.js";
import { showDatasetPage, clearDatasetPage } from "./dataset-page.js";

const list = { items: [], loaded: false, loading: null, query: "", results: null, poll: null, selected: null };

/** Wires the search box and the upload form once. */
export function initDatasets() {
  $("search").addEventListener("input", debounce((e) => search(e.target.value), 250));
  $("search").addEventListener("keydown", (e) => { if (e.key === "Escape") { e.target.value = ""; search(""); } });
  initUpload();
}

/** Forgets everything shown (another user signs in). */
export function resetDatasets() {
  list.items = [];
  list.loaded = false;
  list.loading = null;
  list.results = null;
  list.selected = null;
  $("search").value = "";
  clearInterval(list.poll);
  list.poll = null;
  replace($("datasets"));
  clearDatasetPage($("detail"));
}

/** Shows the list and, with an id, that dataset's page (tab and conversation or dashboard id from the address). */
export function showDatasets(route) {
  const view = $("view-datasets");
  view.classList.toggle("has-detail", !!route.id);
  list.selected = route.id || null;
  if (!list.loaded && !list.loading) refreshList();
  else renderList();
  if (route.id) showDatasetPage($("detail"), route);
  else showEmpty();
}

/** Reloads the list (after an upload, a delete, a status change). */
export function refreshList() {
  const status = $("datasets-status");
  if (!list.loaded) status.textContent = "Loading your datasets…";
  list.loading = api("/api/datasets?size=100")
    .then((page) => {
      list.items = page.items;
      list.loaded = true;
      status.textContent = list.items.length ? "" : "No datasets yet: upload a file to begin.";
      renderList();
      pollWhileBusy();
      if (!list.selected) showEmpty();
    })
    .catch((e) => { if (e.status !== 401) replace(status, errorBox(`Your datasets could not be loaded: ${e.message}`, refreshList)); })
    .finally(() => { list.loading = null; });
  return list.loading;
}

/** Updates one dataset in the list without a round trip (progress events). */
export function updateListed(dataset) {
  const i = list.items.findIndex((d) => d.id === dataset.id);
  if (i >= 0) list.items[i] = Object.assign({}, list.items[i], dataset);
  else list.items.unshift(dataset);
  renderList();
}

function pollWhileBusy() {
  const busy = list.items.some((d) => d.status === "UPLOADED" || d.status === "PROCESSING");
  if (busy && !list.poll) list.poll = setInterval(() => refreshList(), 3000);
  if (!busy && list.poll) { clearInterval(list.poll); list.poll = null; }
}

function renderList() {
  const ul = $("datasets");
  const items = list.results ? list.results.map((r) => r.dataset).filter(Boolean) : list.items;
  if (list.results && !items.length) {
    replace(ul, h("li", { class: "muted small empty-item" }, `No dataset matches "${list.query}".`));
    return;
  }
  replace(ul, items.map((d) => {
    const match = list.results && list.results.find((r) => r.dataset === d);
    return h("li", null, h("a", {
      href: `#/datasets/${d.id}`,
      class: "dataset-link",
      "aria-current": d.id === list.selected ? "page" : null,
      title: d.description || d.original_filename || d.name,
    },
    h("span", { class: "ds-name" }, d.name),
    h("span", { class: `badge ${d.status}` }, statusText(d)),
    h("span", { class: "ds-sub muted small" }, match ? matchText(match) : `${d.original_filename || ""} · ${when(d.updated_at || d.created_at)}`)));
  }));
}

/** The status as a person reads it in the list. */
export function statusText(d) {
  if (d.status === "READY") return `Ready · ${fmt(d.row_count)} rows`;
  if (d.status === "PROCESSING") return `Profiling ${(d.progress && d.progress.percent) || 0}%`;
  if (d.status === "UPLOADED") return "Queued";
  if (d.status === "FAILED") return "Failed";
  return d.status;
}

function matchText(match) {
  const columns = (match.matching_columns || []).slice(0, 3);
  return `${Math.round(match.score * 100)}% match${columns.length ? ` · columns ${columns.join(", ")}` : ""}`;
}

async function search(query) {
  list.query = query.trim();
  const status = $("datasets-status");
  if (!list.query) {
    list.results = null;
    status.textContent = "";
    renderList();
    return;
  }
  status.textContent = "Searching…";
  try {
    const found = await api(`/api/search/datasets?q=${encodeURIComponent(list.query)}&limit=20`);
    if (query.trim() !== list.query) return;
    list.results = found.results.map((r) => Object.assign({}, r, { dataset: list.items.find((d) => d.id === r.dataset_id) }))
      .filter((r) => r.dataset);
    status.textContent = `${list.results.length} dataset${list.results.length === 1 ? "" : "s"} found for "${list.query}".`;
  } catch (e) {
    // Search by meaning is an extra: when it is unavailable, match names so the box still helps.
    const q = list.query.toLowerCase();
    list.results = list.items.filter((d) => d.name.toLowerCase().includes(q)).map((d) => ({ dataset: d, score: 1, matching_columns: [] }));
    status.textContent = `Search by meaning is unavailable (${e.message}); showing names that contain "${list.query}".`;
  }
  renderList();
}

function showEmpty() {
  const detail = $("detail");
  clearDatasetPage(detail);
  const hasData = list.items.length > 0;
  replace(detail, h("div", { class: "empty" },
    h("h1", null, hasData ? "Choose a dataset" : "Upload a file to begin"),
    h("p", null, hasData
      ? "Pick one on the left to see its profile, ask questions about it or design a dashboard."
      : "DataSage profiles it, then answers questions like “total sales by region” with a chart."),
    h("ol", { class: "steps" },
      h("li", null, "Upload a CSV or Excel file."),
      h("li", null, "Read its profile: types, gaps, outliers, trends."),
      h("li", null, "Ask questions in plain language and pin the answers to a dashboard."))));
}
